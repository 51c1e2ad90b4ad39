package id.serambi.chat.export;

import id.serambi.chat.engine.Profile;

/**
 * A WhatsApp number as people read and dial it from a poster: {@code 6282393498882} becomes
 * {@code +62 823-9349-8882}. Mobile numbers (8...) are grouped 3-4-4 as Indonesian operators
 * print them; other numbers keep their area code apart (2 digits for the big cities' codes
 * 21, 22, 24, 31 and 61, else 3) and the rest in one group.
 */
public final class PhoneFormat {
    private PhoneFormat() {
    }

    /** @param digits the number in 62... form, as {@link Profile#phone()} holds it */
    public static String readable(String digits) {
        if (!digits.startsWith("62") || digits.length() < 6 || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        String national = digits.substring(2);
        StringBuilder out = new StringBuilder("+62 ");
        if (national.startsWith("8")) {
            int i = 0;
            for (int group : new int[]{3, 4}) {
                if (national.length() - i > group) {
                    out.append(national, i, i + group).append('-');
                    i += group;
                }
            }
            return out.append(national.substring(i)).toString();
        }
        int area = national.matches("(21|22|24|31|61).*") ? 2 : 3;
        return out.append(national, 0, area).append(' ').append(national.substring(area)).toString();
    }
}
