package id.serambi.instagram.model;

import java.util.Arrays;
import java.util.Optional;

/** The five kinds of content the Madatte report asks the office's account to carry. */
public enum Kind {
    PENGUMUMAN("pengumuman"),
    AKTIVITAS("aktivitas"),
    UCAPAN("ucapan"),
    INFOGRAFIS("infografis"),
    PARTISIPASI("partisipasi");

    private final String key;

    Kind(String key) {
        this.key = key;
    }

    /** The name in files and forms, and the last part of its message key ({@code ig.kind.<key>}). */
    public String key() {
        return key;
    }

    public static Optional<Kind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The bundled template image drawn for this kind. */
    public String template() {
        return ImageRef.TEMPLATE + key;
    }
}
