package id.serambi.gates;

import id.serambi.support.TestTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C Nu HTML checker ({@code vnu.jar} from npm), run once as its own process over many files:
 * it must stay off the test classpath, where its Jetty would break Javalin's.
 */
public final class HtmlChecker {
    /** {@code "file:/x/p.html":12.3-12.9: error: message}; the location may be missing. */
    private static final Pattern LINE = Pattern.compile("^\"([^\"]*)\"(?::(\\S+))?: ([a-z][a-z -]*?): (.*)$");

    private HtmlChecker() {
    }

    /** One message of the checker about a file. */
    public record Message(Path file, String location, String type, String text) {
        /** Warnings and information are allowed; anything else (errors, fatal errors) fails a page. */
        public boolean isError() {
            return !type.startsWith("info");
        }
    }

    /** The checker's result: its messages, and the lines it printed that are not messages (a crash). */
    public record Result(int exitCode, List<Message> messages, List<String> otherOutput) {
        public List<Message> errors() {
            return messages.stream().filter(Message::isError).toList();
        }
    }

    /** Checks the files with the jar that ./test.sh installs. */
    public static Result check(List<Path> files) {
        return check(TestTools.vnuJar(), files);
    }

    public static Result check(Path vnuJar, List<Path> files) {
        if (files.isEmpty()) {
            return new Result(0, List.of(), List.of());
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xss4m", "-jar", vnuJar.toString(),
                "--format", "gnu", "--stdout"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("vnu.jar did not finish in 5 minutes");
            }
            return parse(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(int exitCode, String output) {
        List<Message> messages = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                messages.add(new Message(toPath(m.group(1)), m.group(2) == null ? "" : m.group(2), m.group(3),
                        m.group(4)));
            } else {
                other.add(line);
            }
        }
        return new Result(exitCode, messages, other);
    }

    private static Path toPath(String name) {
        try {
            return name.startsWith("file:") ? Path.of(URI.create(name)).toAbsolutePath().normalize()
                    : Path.of(name).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return Path.of(name);
        }
    }

    /** The java that runs the tests, so the checker needs nothing else installed. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Every problem, one line each, with the page label that {@code labels} gives each file. */
    public static List<String> describeFailures(Result result, Map<Path, String> labels) {
        List<String> lines = new ArrayList<>();
        for (Message e : result.errors()) {
            String label = labels.getOrDefault(e.file().toAbsolutePath().normalize(), e.file().toString());
            lines.add(label + " line " + e.location() + " [" + e.file().getFileName() + "]: " + e.text());
        }
        if (result.exitCode() != 0 && result.errors().isEmpty()) {
            lines.add("vnu.jar exited with " + result.exitCode() + " without reporting an error: "
                    + String.join(" | ", result.otherOutput()));
        } else if (!result.otherOutput().isEmpty()) {
            lines.add("vnu.jar printed unexpected output: " + String.join(" | ", result.otherOutput()));
        }
        return lines;
    }
}
