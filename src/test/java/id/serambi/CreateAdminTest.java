package id.serambi;

import id.serambi.account.AccountStore;
import id.serambi.account.PasswordInput;
import id.serambi.account.Role;
import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code create-admin}: the first admin, with no default password anywhere. */
class CreateAdminTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path data = tempDir();

    @AfterEach
    void clean() {
        TempFiles.delete(data);
    }

    private int run(PasswordInput input, String... args) {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), input);
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return main.run(all);
    }

    private static PasswordInput piped(String text) {
        return PasswordInput.fromStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A terminal that answers the prompts in turn. */
    private static PasswordInput terminal(String... typed) {
        Deque<String> answers = new ArrayDeque<>(List.of(typed));
        return new PasswordInput() {
            @Override
            public boolean terminal() {
                return true;
            }

            @Override
            public String read(String prompt) {
                return answers.poll();
            }
        };
    }

    private List<String> admins() {
        try (Database db = Database.open("jdbc:sqlite:" + data.resolve("serambi.db"))) {
            return new AccountStore(db.jdbi()).all().stream().filter(u -> u.role() == Role.ADMIN)
                    .map(u -> u.username()).toList();
        }
    }

    @Test
    void a_password_piped_on_stdin_creates_the_admin() {
        assertEquals(0, run(piped("sandi-admin-kuat\n"), "create-admin", "Admin"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Admin admin dibuat"), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Admin admin created"), out.toString());
        assertEquals(List.of("admin"), admins());
    }

    @Test
    void on_a_terminal_the_password_is_asked_twice_and_must_match() {
        assertEquals(1, run(terminal("sandi-admin-kuat", "sandi-admin-lain"), "create-admin", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Kedua kata sandi tidak sama"), err.toString());
        assertEquals(List.of(), admins());
        assertEquals(0, run(terminal("sandi-admin-kuat", "sandi-admin-kuat"), "create-admin", "admin"));
        assertEquals(List.of("admin"), admins());
    }

    @Test
    void an_existing_username_is_refused_before_asking_for_a_password() {
        assertEquals(0, run(piped("sandi-admin-kuat\n"), "create-admin", "admin"));
        assertEquals(1, run(terminal(), "create-admin", "ADMIN"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Nama pengguna admin sudah dipakai") && e.contains("The username admin is already taken"), e);
    }

    @Test
    void a_short_password_is_refused_in_both_languages() {
        assertEquals(1, run(piped("pendek\n"), "create-admin", "admin"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("paling sedikit 10 karakter") && e.contains("at least 10 characters"), e);
        assertEquals(List.of(), admins());
    }

    @Test
    void empty_input_creates_nothing() {
        assertEquals(1, run(piped(""), "create-admin", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Tidak ada kata sandi yang dibaca"), err.toString());
        assertEquals(List.of(), admins());
    }

    @Test
    void a_missing_username_prints_usage_and_exits_2() {
        assertEquals(2, run(piped("sandi-admin-kuat\n"), "create-admin"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Sebutkan nama pengguna") && e.contains("Cara pakai"), e);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("serambi-admin");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
