package id.serambi.chat.export;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.OfficeHours;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.QuickReply;
import id.serambi.chat.menu.Finding;
import id.serambi.chat.menu.MenuChecks;
import id.serambi.chat.menu.TextRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a staff member types into the free WhatsApp Business app to run a menu on the office's
 * phone, computed from the menu: the greeting, the away message and its schedule, one quick reply
 * per node (the top menu first, as {@code /menu}), the business profile's fields with WhatsApp's
 * limits, and the click-to-chat link a poster carries.
 *
 * @param findings what {@link MenuChecks} says the menu should fix before it goes on a phone
 */
public record SetupSheet(Menu menu, List<QuickReply> quickReplies, List<Field> profile, Link link,
                         List<Finding> findings) {

    public SetupSheet {
        quickReplies = List.copyOf(quickReplies);
        profile = List.copyOf(profile);
        findings = List.copyOf(findings);
    }

    /**
     * A profile field to type in: {@code key} names it (name, address, description, website,
     * instagram), {@code max} is WhatsApp's limit in characters, 0 when there is none.
     */
    public record Field(String key, String value, int length, int max) {
        public boolean tooLong() {
            return max > 0 && length > max;
        }
    }

    /** The wa.me link and its prefilled text, which must stay short for the QR code. */
    public record Link(String url, String prefill, int length, int max) {
        public boolean fits() {
            return length <= max;
        }
    }

    public static SetupSheet of(ChatEngine engine) {
        Menu menu = engine.menu();
        Profile p = menu.profile();
        List<Field> fields = new ArrayList<>();
        fields.add(field("name", p.name(), 0));
        p.address().ifPresent(a -> fields.add(field("address", a, MenuChecks.MAX_ADDRESS)));
        p.description().ifPresent(d -> fields.add(field("description", d, MenuChecks.MAX_DESCRIPTION)));
        p.website().ifPresent(w -> fields.add(field("website", w, 0)));
        instagramUrl(p).ifPresent(i -> fields.add(field("instagram", i, 0)));
        String prefill = menu.prefillText();
        Link link = new Link(WaLink.of(menu), prefill, TextRules.length(prefill), TextRules.MAX_PREFILL);
        return new SetupSheet(menu, engine.quickReplies(), fields, link, MenuChecks.check(menu));
    }

    /** The greeting message, word for word. */
    public String greeting() {
        return menu.greeting();
    }

    public Optional<Away> away() {
        return menu.away();
    }

    public List<OfficeHours.Row> hours() {
        return OfficeHours.rows(menu.profile().hours());
    }

    public String zone() {
        return OfficeHours.zoneLabel(menu.zone());
    }

    public String phone() {
        return PhoneFormat.readable(menu.profile().phone());
    }

    /** The Instagram account as people write it, {@code @kelurahan.madatte}. */
    public Optional<String> instagram() {
        return instagramHandle(menu.profile()).map(h -> "@" + h);
    }

    /** The handle, whether the author wrote {@code name}, {@code @name} or the profile's address. */
    static Optional<String> instagramHandle(Profile p) {
        return p.instagram().map(String::strip).map(s -> {
            String h = s.replaceFirst("(?i)^(https?://)?(www\\.)?instagram\\.com/", "").replaceFirst("^@", "");
            int end = h.indexOf('/');
            return end >= 0 ? h.substring(0, end) : h;
        }).filter(h -> !h.isEmpty());
    }

    private static Optional<String> instagramUrl(Profile p) {
        return instagramHandle(p).map(h -> "https://instagram.com/" + h);
    }

    private static Field field(String key, String value, int max) {
        return new Field(key, value, TextRules.length(value), max);
    }
}
