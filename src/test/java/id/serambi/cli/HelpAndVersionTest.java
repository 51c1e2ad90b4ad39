package id.serambi.cli;

import id.serambi.Version;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help} and {@code --version}: in Indonesian, or English with {@code SERAMBI_LANG=en}. */
class HelpAndVersionTest {
    private static final Map<String, String> ENGLISH = Map.of("SERAMBI_LANG", "en");
    /** What picocli writes when a text is missing from our bundles. */
    private static final List<String> PICOCLI_TEXTS = List.of("Show this help message", "Print version information",
            "[COMMAND]", "Commands:%n", "<", "%n");

    private static void assertContainsAll(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), part + " in:\n" + text);
        }
    }

    private static void assertNoPicocliTexts(String text) {
        for (String part : PICOCLI_TEXTS) {
            assertFalse(text.contains(part), part + " in:\n" + text);
        }
    }

    @Test
    void help_lists_the_commands_and_options_in_indonesian() {
        Run run = Run.of(Map.of(), "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Cara pakai: serambi [-hV] [--port=N] [--data=FOLDER]"), run.out());
        assertContainsAll(run.out(), "Perintah:", "validate", "demo", "create-admin", "Opsi:", "--db=URL-JDBC",
                "--content=FOLDER", "--dev", "Variabel: SERAMBI_PORT", "-h, --help", "Tampilkan bantuan ini",
                "-V, --version", "Kode keluar:", "[PERINTAH]");
        assertFalse(run.out().contains("Usage"), run.out());
        assertNoPicocliTexts(run.out());
        assertEquals("", run.err());
    }

    @Test
    void help_speaks_english_when_asked() {
        Run run = Run.of(ENGLISH, "-h");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: serambi [-hV] [--port=N] [--data=DIR]"), run.out());
        assertContainsAll(run.out(), "Commands:", "validate", "demo", "create-admin", "Options:", "--db=JDBC-URL",
                "Port to serve on", "Show this help, then exit.", "Exit codes:", "[COMMAND]");
        assertFalse(run.out().contains("Cara pakai"), run.out());
    }

    @Test
    void create_admin_help_shows_its_own_name_argument_and_database_options() {
        Run id = Run.of(Map.of(), "create-admin", "--help");
        assertEquals(0, id.code());
        assertTrue(id.out().startsWith("Cara pakai: serambi create-admin [-hV] [--data=FOLDER] [--db=URL-JDBC] NAMA"),
                id.out());
        assertContainsAll(id.out(), "Membuat akun admin", "Argumen:", "Nama pengguna admin baru", "Opsi:");
        assertFalse(id.out().contains("--port") || id.out().contains("--content"), "not its options:\n" + id.out());
        assertNoPicocliTexts(id.out());

        Run en = Run.of(ENGLISH, "create-admin", "--help");
        assertTrue(en.out().startsWith("Usage: serambi create-admin [-hV] [--data=DIR] [--db=JDBC-URL] NAME"), en.out());
        assertContainsAll(en.out(), "Creates an admin account", "Arguments:", "Username of the new admin", "Options:");
    }

    @Test
    void demo_help_shows_its_flags_as_a_choice() {
        Run run = Run.of(Map.of(), "demo", "-h");
        assertEquals(0, run.code());
        assertContainsAll(run.out(), "[--ulang | --hapus]", "Ganti data contoh", "Hapus data contoh saja");
    }

    @Test
    void version_prints_the_version_of_the_build() {
        for (String flag : List.of("--version", "-V")) {
            Run run = Run.of(Map.of(), flag);
            assertEquals(0, run.code());
            assertEquals("Serambi " + Version.current(), run.out().strip());
        }
    }
}
