package id.serambi.quiz.gift;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for what a GIFT file does not name: a question's id comes from its {@code ::name::} made
 * lowercase with hyphens ("Soal 1: Jam Layanan" becomes {@code soal-1-jam-layanan}), or is
 * {@code q<n>} for the n-th question when it has no name; a second question with the same id gets
 * {@code -2}, a third {@code -3}. Options are {@code a, b, c, ...} in the order written.
 */
public final class GiftIds {
    private static final int MAX = 60;
    private final Set<String> taken = new HashSet<>();

    /** A unique id for the question at {@code position} (from 1), from its name when it has one. */
    String question(String name, int position) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "q" + position;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug;
    }

    /** a, b, ..., z, aa, ab, ... for the option at {@code index} (from 0). */
    static String letter(int index) {
        StringBuilder id = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            id.insert(0, (char) ('a' + n % 26));
        }
        return id.toString();
    }
}
