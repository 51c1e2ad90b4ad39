package id.serambi.instagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What must not be in a public post: a NIK or KK number, a phone number, a link. */
public final class TextScan {
    /** 16 digits, possibly in groups: the length of both a NIK and a KK number. */
    private static final Pattern SIXTEEN = Pattern.compile("(?<![\\d])(?:\\d[ .-]?){15}\\d(?![\\d])");
    /** An Indonesian number: +62, 62 or 0, then digits in groups. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+62|62|0)[ .-]?\\d(?:[ .-]?\\d){7,12}(?![\\d])");
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![@\\w.])(?:https?://\\S+|www\\.\\S+|(?:[a-z0-9-]+\\.)+(?:com|id|net|org|ly|me|link|info|co)(?:/\\S*)?)(?![\\w])");

    private TextScan() {
    }

    public static boolean hasSixteenDigits(String text) {
        return SIXTEEN.matcher(text).find();
    }

    /** The phone numbers in {@code text}, as written. */
    public static List<String> phones(String text) {
        String masked = SIXTEEN.matcher(text).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = PHONE.matcher(masked);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return out;
    }

    /** A number in the form {@code 08...}, so two ways of writing it compare equal; "" if none. */
    public static String nationalNumber(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (digits.startsWith("62")) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    public static boolean looksLikePhone(String typed) {
        String n = nationalNumber(typed);
        return n.startsWith("0") && n.length() >= 9 && n.length() <= 14;
    }

    public static List<String> links(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,;:!?)]+$", ""));
        }
        return out;
    }
}
