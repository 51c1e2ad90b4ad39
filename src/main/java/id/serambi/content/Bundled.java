package id.serambi.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A folder packed with the program (the course, the static files) as a folder on disk: the class
 * path's own folder when the classes are folders (tests, an IDE); out of the jar, a copy in a
 * temporary folder that is removed when the JVM exits.
 *
 * <p>Why not the jar as a zip file system: the jar holds some 34,000 entries, and a zip file system
 * indexes every one of them, about 8 MB of heap for each one opened (the course and each static
 * folder Jetty mounted made five) and a few hundred milliseconds at start; the copy is 1.3 MB of
 * files written in a few tens of milliseconds.
 */
public final class Bundled {
    private Bundled() {
    }

    /**
     * The folder {@code name} of the class path; {@code probe} is a file or folder inside it, which
     * must exist (a jar need not list its folders).
     */
    public static Path folder(String name, String probe) {
        URL url = Bundled.class.getClassLoader().getResource(name + "/" + probe);
        if (url == null) {
            throw new IllegalStateException(name + "/" + probe + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                Path inside = Path.of(uri);
                for (String ignored : probe.split("/")) {
                    inside = inside.getParent();
                }
                return inside;
            }
            String spec = uri.getRawSchemeSpecificPart();
            Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
            return copy(jar, name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path jar, String name) throws IOException {
        Path out = Files.createTempDirectory("serambi-" + name + "-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out), "serambi-" + name + "-cleanup"));
        String prefix = name + "/";
        Path root = out.resolve(name);
        Files.createDirectories(root);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(prefix) || entry.isDirectory()) {
                    continue;
                }
                Path target = out.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        return root;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
