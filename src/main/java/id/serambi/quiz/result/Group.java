package id.serambi.quiz.result;

import java.util.Locale;
import java.util.Optional;

/** Who answered: a citizen (warga) or kelurahan staff (aparat / petugas). */
public enum Group {
    WARGA, APARAT;

    /** The code used in URLs and stored rows: {@code warga} or {@code aparat}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Group> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Group g : values()) {
            if (g.code().equals(c)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
