package id.serambi.i18n;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The languages of the product: Bahasa Indonesia first, English second. */
public enum Lang {
    ID("id"), EN("en");

    private final String code;
    private final Locale locale;

    Lang(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** A day as people write it: "7 Desember 2026", "7 December 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** A moment as people write it: "7 Desember 2026, 14.30", "7 December 2026, 14:30". */
    public String dateTime(ZonedDateTime moment) {
        return DateTimeFormatter.ofPattern(this == ID ? "d MMMM yyyy, HH.mm" : "d MMMM yyyy, HH:mm", locale)
                .format(moment);
    }

    public Lang other() {
        return this == ID ? EN : ID;
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.equals("in")) {
            c = "id";
        }
        for (Lang lang : values()) {
            if (lang.code.equals(c)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * The first supported language in an Accept-Language header, by weight; Indonesian when none
     * matches or the header is malformed.
     */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ID;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(r -> r.getWeight() > 0)
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(r -> fromCode(r.getRange().split("-")[0]))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(ID);
        } catch (IllegalArgumentException e) {
            return ID;
        }
    }
}
