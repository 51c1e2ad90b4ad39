package id.serambi.workshop.certificate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Download file names made from what people typed. Only ASCII letters, digits and hyphens reach
 * the Content-Disposition header, so a quote, a semicolon or a line break in a name cannot change
 * the header, and every browser saves the same name.
 */
final class FileNames {
    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    /** e.g. "sertifikat-jose-nunez.pdf" for "José Núñez". */
    static String certificate(String name) {
        String slug = slug(name);
        return slug.isEmpty() ? "sertifikat.pdf" : "sertifikat-" + slug + ".pdf";
    }

    /** Accents taken off, anything else that is not a letter or digit made a hyphen; may be empty. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
