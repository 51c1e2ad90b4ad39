package id.serambi.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the command line reads a password: the terminal without echo, or a line of piped input. */
public interface PasswordInput {
    /** True on a terminal: the password is asked twice, since it cannot be seen while typed. */
    boolean terminal();

    /** The next password, or null when the input has ended. */
    String read(String prompt);

    /** The terminal when there is one, else standard input (for scripts: {@code echo ... | java -jar}). */
    static PasswordInput system() {
        Console console = System.console();
        return console != null ? fromConsole(console) : fromStream(System.in);
    }

    private static PasswordInput fromConsole(Console console) {
        return new PasswordInput() {
            @Override
            public boolean terminal() {
                return true;
            }

            @Override
            public String read(String prompt) {
                char[] typed = console.readPassword("%s", prompt);
                return typed == null ? null : new String(typed);
            }
        };
    }

    /** Reads one line per password; no prompt is shown, since nobody is typing. */
    static PasswordInput fromStream(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new PasswordInput() {
            @Override
            public boolean terminal() {
                return false;
            }

            @Override
            public String read(String prompt) {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
