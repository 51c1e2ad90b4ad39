package id.serambi.inbox.model;

import java.util.Optional;

/**
 * Who the message seems to come from, as WhatsApp shows them.
 *
 * @param name    the contact's saved name, or empty when only the number shows
 * @param number  the number as shown, e.g. {@code +62 823-9349-8882}
 * @param about   the profile's info line
 * @param picture what the profile picture shows (a placeholder: initials, a logo, nothing)
 * @param office  true when the number is the office's published one
 */
public record Sender(Optional<String> name, String number, Optional<String> about, Picture picture, boolean office) {

    /** The profile picture placeholder. */
    public enum Picture {
        NONE, PERSON, LOGO;
    }

    /** What the chat list shows: the saved name, else the number. */
    public String shown() {
        return name.orElse(number);
    }

    /** The number's digits alone, to compare numbers however they are spaced. */
    public static String digits(String number) {
        String d = number.replaceAll("[^0-9]", "");
        return d.startsWith("0") ? "62" + d.substring(1) : d;
    }
}
