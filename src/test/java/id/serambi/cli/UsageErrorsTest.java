package id.serambi.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command written wrong: our message in both languages, then how to write the command, exit 2. */
class UsageErrorsTest {
    /** Picocli's own phrases for the errors it finds; none may reach the user. */
    private static final List<String> PICOCLI_PHRASES = List.of("Unmatched argument", "Missing required",
            "Invalid value", "Unknown option: '", "Error:", "Did you mean", "expected only one", "mutually exclusive");

    private static void assertRefused(Run run, String indonesian, String english, String usage) {
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith(indonesian + "\n" + english + "\n" + usage), run.err());
        for (String phrase : PICOCLI_PHRASES) {
            assertFalse(run.err().contains(phrase), phrase + " in:\n" + run.err());
        }
        assertEquals("", run.out());
    }

    @Test
    void a_demo_flag_on_the_server_is_refused_with_usage_and_exit_2() {
        assertRefused(Run.of(Map.of(), "--ulang"), "Opsi tidak dikenal: --ulang", "Unknown option: --ulang",
                "Cara pakai: serambi [-hV]");
    }

    @Test
    void an_unknown_flag_on_validate_is_refused_with_the_usage_of_validate_and_exit_2() {
        Run run = Run.of(Map.of(), "validate", "--verbose");
        assertRefused(run, "Opsi tidak dikenal: --verbose", "Unknown option: --verbose",
                "Cara pakai: serambi validate [-hV] [--content=FOLDER]\nPenjelasan setiap opsi: serambi validate --help\n");
        assertRefused(Run.of(Map.of(), "validate", "--port", "8080"), "Opsi tidak dikenal: --port",
                "Unknown option: --port", "Cara pakai: serambi validate");
    }

    @Test
    void unknown_words_and_missing_values_are_refused_with_our_messages() {
        assertRefused(Run.of(Map.of(), "validate", "lagi"), "Perintah tidak dikenal: validate lagi",
                "Unknown command: validate lagi", "Cara pakai: serambi validate");
        assertRefused(Run.of(Map.of(), "demo", "--content"), "Opsi --content perlu nilai",
                "Option --content needs a value", "Cara pakai: serambi demo");
        assertRefused(Run.of(Map.of(), "--dev=mungkin"), "Perintah ini tidak bisa dibaca: --dev=mungkin",
                "This command cannot be read: --dev=mungkin", "Cara pakai: serambi");
    }

    @Test
    void both_demo_flags_or_one_twice_is_refused() {
        for (List<String> flags : List.of(List.of("--ulang", "--hapus"), List.of("--hapus", "--hapus"))) {
            List<String> args = new java.util.ArrayList<>(List.of("demo"));
            args.addAll(flags);
            assertRefused(Run.of(Map.of(), args.toArray(String[]::new)),
                    "Pilih salah satu: --ulang (ganti data contoh) atau --hapus (hapus data contoh).",
                    "Choose one: --ulang (replace the demo data) or --hapus (remove the demo data).",
                    "Cara pakai: serambi demo");
        }
    }

    @Test
    void a_username_of_two_words_is_refused_like_a_missing_one() {
        assertRefused(Run.of(Map.of(), "create-admin", "Budi", "Santoso"),
                "Sebutkan nama pengguna: java -jar serambi.jar create-admin NAMA",
                "Name the username: java -jar serambi.jar create-admin NAME", "Cara pakai: serambi create-admin");
    }

    @Test
    void a_server_flag_before_a_command_name_is_refused_rather_than_lost() throws IOException {
        Path dir = Files.createTempDirectory("serambi-cli");
        Path data = dir.resolve("data");
        try {
            assertRefused(Run.of(Map.of(), "--data", data.toString(), "demo"),
                    "Opsi sebelum nama perintah (--data) hanya berlaku untuk server. Tulis opsi untuk demo sesudah nama perintahnya.",
                    "Options before the command name (--data) only apply to the server. Write the options of demo after its name.",
                    "Cara pakai: serambi demo");
            assertFalse(Files.exists(data), "nothing was opened");
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void the_usage_after_an_error_is_in_the_chosen_language() {
        Run run = Run.of(Map.of("SERAMBI_LANG", "en"), "--verbose");
        assertRefused(run, "Opsi tidak dikenal: --verbose", "Unknown option: --verbose", "Usage: serambi [-hV]");
        assertTrue(run.err().endsWith("Every option explained: serambi --help\n"), run.err());
        assertFalse(run.err().contains("Cara pakai"), run.err());
    }
}
