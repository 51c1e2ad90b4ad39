package id.serambi.chat.export;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuChecks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The click-to-chat link a poster's QR code carries: {@code https://wa.me/62...?text=Menu}. */
public final class WaLink {
    private WaLink() {
    }

    /** The menu's link, with its prefilled text (the trigger word unless the author chose one). */
    public static String of(Menu menu) {
        return of(menu.profile().phone(), menu.prefillText());
    }

    /** @param phone digits in 62... form, as {@link MenuChecks} requires */
    public static String of(String phone, String text) {
        String link = "https://wa.me/" + phone;
        if (text.isEmpty()) {
            return link;
        }
        // URLEncoder writes spaces as "+", which WhatsApp may show literally; %20 is unambiguous
        return link + "?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
