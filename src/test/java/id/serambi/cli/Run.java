package id.serambi.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One run of the command line with what it printed: {@code Run.of(env, "--help").out()}. */
record Run(int code, String out, String err) {

    static Run of(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = commands(out, err, env).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Commands commands(ByteArrayOutputStream out, ByteArrayOutputStream err, Map<String, String> env) {
        Console console = Console.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Commands(console, env, () -> {
            throw new AssertionError("no password is read in these tests");
        });
    }

    static Commands commands(Map<String, String> env) {
        return commands(new ByteArrayOutputStream(), new ByteArrayOutputStream(), env);
    }
}
