package id.serambi.course;

import id.serambi.content.Bundled;

import java.nio.file.Path;

/** Finds the course packed with the program: {@code course/} on the class path, in the jar or not. */
public final class ContentRoot {
    private ContentRoot() {
    }

    /** The bundled course as a folder on disk (out of the jar, a temporary copy: see {@link Bundled}). */
    public static Path bundled() {
        return Bundled.folder("course", "modules");
    }
}
