package id.serambi;

import id.serambi.support.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher ({@code ./serambi}), its JVM options ({@code serambi.jvm}) and the build's class-data
 * archive agree: the options are ones this JVM takes, the build writes the archive where the
 * launcher looks, and the training class the build runs exists.
 */
class LauncherTest {
    private static final Path ROOT = TestTools.projectRoot();

    @Test
    void the_jvm_options_are_taken_by_this_java_and_do_not_trade_speed_for_memory() throws Exception {
        List<String> options = Files.readAllLines(ROOT.resolve("serambi.jvm")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertFalse(options.isEmpty());
        options.forEach(o -> assertTrue(o.startsWith("-"), "one option a line: " + o));
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")),
                "C1 alone costs throughput");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + ROOT.resolve("serambi.jvm"), "-version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void the_build_writes_the_archive_the_launcher_maps() throws Exception {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String launcher = Files.readString(ROOT.resolve("serambi"));
        assertTrue(pom.contains("<argument>-XX:ArchiveClassesAtExit=target/serambi.jsa</argument>"), "pom");
        assertTrue(pom.contains("<argument>@serambi.jvm</argument>"), "the training run uses the same options");
        assertTrue(pom.contains("<argument>target/serambi.jar</argument>"), "the jar named as the launcher names it");
        assertTrue(pom.contains("<argument>" + TrainingRun.class.getName() + "</argument>"), "the training class");
        assertTrue(launcher.contains("-XX:SharedArchiveFile=target/serambi.jsa"), "launcher");
        assertTrue(launcher.contains("-jar target/serambi.jar"), "launcher");
        assertTrue(Files.isExecutable(ROOT.resolve("serambi")), "./serambi runs as it is");
    }
}
