package id.serambi.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a module is written for, as a manifest's {@code audience} names them: citizens, kelurahan
 * staff, trainers. The home page offers a path per audience and shows that path's modules first.
 */
public enum Audience {
    WARGA("warga"), APARAT("aparat"), PELATIH("pelatih");

    private final String key;

    Audience(String key) {
        this.key = key;
    }

    /** As manifests and the path cookie write it. */
    public String key() {
        return key;
    }

    public static Optional<Audience> of(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
