package id.serambi.instagram.model;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a caption's first line says what the post is about: once greetings, the office's own
 * name and empty words such as "info penting" are set aside, at least two words must remain.
 * "Halo warga Madatte!" says nothing yet; "Jam layanan berubah mulai 1 Maret" does.
 */
public final class FirstLine {
    static final int MIN_WORDS = 2;
    private static final Set<String> EMPTY = Set.of("halo", "hallo", "hai", "hi", "hello", "selamat", "pagi",
            "siang", "sore", "malam", "assalamualaikum", "assalamu'alaikum", "wr", "wb", "salam", "sejahtera",
            "om", "swastiastu", "shalom", "namo", "buddhaya", "warga", "warganet", "sobat", "kawan", "teman",
            "teman-teman", "sahabat", "semua", "semuanya", "bapak", "ibu", "bapak-ibu", "saudara", "saudari", "para",
            "yth", "yang", "terhormat", "kita", "kami", "min", "admin", "guys", "gaes", "kelurahan", "kantor",
            "info", "informasi", "penting", "pengumuman", "update", "kabar", "berita", "hari", "ini", "jangan",
            "lupa", "ya", "yuk", "ayo", "simak", "berikut", "cek", "dan", "di", "ke", "dari");

    private FirstLine() {
    }

    public static boolean saysWhat(String line, String officeName) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
            return false;
        }
        Set<String> office = new java.util.HashSet<>(java.util.Arrays.asList(
                officeName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")));
        int words = 0;
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (!w.isEmpty() && !w.startsWith("#") && !EMPTY.contains(w) && !office.contains(w)) {
                words++;
            }
        }
        return words >= MIN_WORDS;
    }
}
