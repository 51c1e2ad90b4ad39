package id.serambi.instagram.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a post shows: a bundled template ({@code templat:<kind>}) or an image the author uploaded
 * ({@code unggah:<id>}), which the server re-encoded before storing.
 */
public final class ImageRef {
    public static final String TEMPLATE = "templat:";
    public static final String UPLOAD = "unggah:";
    private static final Pattern UPLOAD_ID = Pattern.compile("[a-z0-9]{8,40}");

    private ImageRef() {
    }

    /** Whether {@code ref} is one this planner can show; anything else is read as no image. */
    public static boolean valid(String ref) {
        return template(ref).isPresent() || upload(ref).isPresent();
    }

    public static Optional<Kind> template(String ref) {
        return ref != null && ref.startsWith(TEMPLATE) ? Kind.of(ref.substring(TEMPLATE.length())) : Optional.empty();
    }

    public static Optional<String> upload(String ref) {
        if (ref == null || !ref.startsWith(UPLOAD)) {
            return Optional.empty();
        }
        String id = ref.substring(UPLOAD.length());
        return UPLOAD_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
