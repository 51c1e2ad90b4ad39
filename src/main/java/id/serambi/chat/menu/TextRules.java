package id.serambi.chat.menu;

import id.serambi.chat.engine.ChatInput;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checks look for inside message texts. These are heuristics for authors, run when a
 * menu is loaded or edited, never per chat message.
 */
public final class TextRules {
    /** 16 digits as a NIK or KK number is written: in one run, or grouped 4-4-4-4 or 6-6-4. */
    private static final Pattern NIK = Pattern.compile(
            "(?<!\\d)(\\d{16}|\\d{4}([ .-])\\d{4}\\2\\d{4}\\2\\d{4}|\\d{6}([ .-])\\d{6}\\3\\d{4})(?!\\d)");
    private static final Pattern WA_LINK = Pattern.compile("(?i)(https?://)?(www\\.)?wa\\.me/[^\\s)\\]>\"']*");
    private static final Pattern WA_FORM = Pattern.compile("https://wa\\.me/(62[1-9]\\d{6,12})(\\?text=([A-Za-z0-9%._~+-]*))?");
    private static final Pattern PHONE = Pattern.compile("62[1-9]\\d{6,12}");
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)([01]?\\d|2[0-4])[.:][0-5]\\d(?!\\d)|24 jam");
    private static final Pattern PERSON = Pattern.compile(
            "(?iu)\\b(petugas|operator|staf|staff|admin|pegawai|hubungi|telepon|telp|officer|person|call)\\b"
                    + "|datang (ke kantor|langsung)");
    private static final Pattern BACK = Pattern.compile(
            "(?iu)\\b(ketik|balas|kirim|tekan|pilih|type|reply|send|press)\\W{0,3}0(?!\\d)"
                    + "|(?<![\\d,.])0\\W{0,3}(untuk\\s+)?(kembali|back)");
    /** Longest prefilled text for a wa.me link and its QR code. */
    public static final int MAX_PREFILL = 140;
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private TextRules() {
    }

    static boolean hasNik(String text) {
        return NIK.matcher(text).find();
    }

    static boolean isPhone(String phone) {
        return PHONE.matcher(phone).matches();
    }

    static boolean isShortcut(String shortcut) {
        return SHORTCUT.matcher(shortcut).matches();
    }

    static boolean statesHours(String text) {
        return CLOCK.matcher(text).find();
    }

    static boolean namesPerson(String text) {
        return PERSON.matcher(text).find();
    }

    /** A way back: "Ketik 0 ...", "0. Kembali", or one of the trigger words. */
    static boolean offersWayBack(String text, List<String> triggers) {
        if (BACK.matcher(text).find()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String trigger : triggers) {
            String t = ChatInput.normalize(trigger);
            for (int i = lower.indexOf(t); i >= 0 && !t.isEmpty(); i = lower.indexOf(t, i + 1)) {
                boolean before = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
                int end = i + t.length();
                boolean after = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (before && after) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The wa.me links in a text that are not {@code https://wa.me/62...?text=<url-encoded>} or prefill too much. */
    static List<String> badWaLinks(String text) {
        List<String> bad = new ArrayList<>();
        Matcher m = WA_LINK.matcher(text);
        while (m.find()) {
            String link = trimEnd(m.group());
            Matcher form = WA_FORM.matcher(link);
            if (!form.matches() || (form.group(3) != null && prefillLength(form.group(3)) > MAX_PREFILL)) {
                bad.add(link);
            }
        }
        return bad;
    }

    private static int prefillLength(String encoded) {
        try {
            String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            return decoded.codePointCount(0, decoded.length());
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** A link at the end of a sentence keeps its full stop outside. */
    private static String trimEnd(String link) {
        int end = link.length();
        while (end > 0 && ".,;:!?".indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
