package id.serambi;

import id.serambi.account.PasswordInput;
import id.serambi.cli.Commands;
import id.serambi.cli.Console;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar serambi.jar}: serves the course, or runs {@code validate}, {@code demo} or
 * {@code create-admin}; {@code --help} lists them. The commands live in {@link id.serambi.cli}.
 */
public final class Main {
    private final Commands commands;

    Main(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, null);
    }

    /** {@code passwordInput} null: the terminal or stdin, looked up only when a command asks. */
    Main(PrintStream out, PrintStream err, Map<String, String> env, PasswordInput passwordInput) {
        this.commands = new Commands(Console.of(out, err, env), env,
                passwordInput != null ? () -> passwordInput : PasswordInput::system);
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.getenv()).run(List.of(args));
        // the server keeps running on its own threads; exiting with 0 would stop it
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code, or 0 once the server is up. */
    int run(List<String> args) {
        return commands.run(args);
    }
}
