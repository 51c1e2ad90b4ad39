package id.serambi.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The npm test tools that {@code ./test.sh} installs into {@code node_modules/} (pinned in package.json):
 * the W3C Nu HTML checker and axe-core. A missing tool fails the test that needs it; nothing is skipped.
 */
public final class TestTools {
    private TestTools() {
    }

    /** The repository root, as surefire passes it; the working folder when run another way. */
    public static Path projectRoot() {
        String root = System.getProperty("serambi.projectRoot");
        return Path.of(root == null || root.isBlank() ? "." : root).toAbsolutePath().normalize();
    }

    /** {@code node_modules/vnu-jar/build/dist/vnu.jar}, run as its own process, never on the classpath. */
    public static Path vnuJar() {
        return require(projectRoot().resolve("node_modules/vnu-jar/build/dist/vnu.jar"), "the W3C Nu HTML checker");
    }

    /** {@code node_modules/axe-core/axe.min.js}, injected into pages by {@link Browser#axe()}. */
    public static Path axeScript() {
        return require(projectRoot().resolve("node_modules/axe-core/axe.min.js"), "axe-core");
    }

    /** Chromium and its driver, from Debian's {@code chromium} and {@code chromium-driver} packages. */
    public static void requireChromium() {
        require(Path.of(Browser.CHROMIUM), "Chromium");
        require(Path.of(Browser.CHROMEDRIVER), "chromedriver");
    }

    private static Path require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(what + " is missing: no " + file
                    + ". Run ./test.sh at the repository root: it installs the test tools (npm ci) and Chromium.");
        }
        return file;
    }
}
