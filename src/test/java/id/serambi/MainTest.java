package id.serambi;

import id.serambi.cli.Console;
import id.serambi.cli.ServeCli;
import id.serambi.config.Config;
import id.serambi.support.CourseFixture;
import id.serambi.support.TempFiles;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: validate, and the start-up checks that refuse to run half-broken. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Main main(Map<String, String> env) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    /** Starts the server from a config as the top-level command does, without parsing words. */
    private Javalin serve(Config config) {
        return new ServeCli(Console.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())).serve(config);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validate_passes_the_bundled_course_with_a_one_line_summary() {
        assertEquals(0, main(Map.of()).run(List.of("validate")));
        assertTrue(out().startsWith("Materi valid: 9 modul, 41 pelajaran (41 dengan versi bahasa Inggris)"), out());
        assertTrue(out().contains("2 menu WhatsApp"), out());
        assertTrue(out().contains("1 kotak masuk, 2 tugas Instagram, 3 daftar periksa, 1 tugas desain menu, "
                + "10 panduan fasilitator, 9 kartu ringkas, "), out());
        assertTrue(out().strip().matches(".* [1-9][0-9]* istilah glosarium\\."), out());
        assertEquals(1, out().strip().lines().count());
    }

    @Test
    void validate_prints_each_problem_as_path_line_message_and_exits_1() {
        try (CourseFixture course = CourseFixture.small()
                .lesson("dasar/02-dua", "Dua", "Lihat [tiga](03-tiga.md) dan ![Bagan](../../images/bagan.png)")) {
            int code = main(Map.of()).run(List.of("validate", "--content", course.root().toString()));
            assertEquals(1, code);
            List<String> lines = err().lines().toList();
            assertTrue(lines.contains("content/lessons/dasar/02-dua.md:11: tautan rusak: 03-tiga.md tidak ditemukan"),
                    err());
            assertTrue(lines.contains("content/lessons/dasar/02-dua.md:11: gambar tidak ditemukan: ../../images/bagan.png"),
                    err());
            assertTrue(err().contains("2 masalah ditemukan"), err());
        }
    }

    @Test
    void validate_checks_whatsapp_menus_too() {
        try (CourseFixture course = CourseFixture.small()
                .file("content/menus/rusak.yaml", "title: Rusak\nprofile: [\n")) {
            assertEquals(1, main(Map.of()).run(List.of("validate", "--content", course.root().toString())));
            assertTrue(err().lines().anyMatch(l -> l.startsWith("content/menus/rusak.yaml:")), err());
        }
    }

    @Test
    void validate_speaks_english_when_asked() {
        try (CourseFixture course = CourseFixture.small().delete("content/lessons/dasar/02-dua.md")) {
            main(Map.of("SERAMBI_LANG", "en")).run(List.of("validate", "--content", course.root().toString()));
            assertTrue(err().contains("modules/01-dasar.yaml:10: lesson file not found: content/lessons/dasar/02-dua.md"),
                    err());
        }
    }

    @Test
    void the_server_refuses_to_start_on_invalid_content() {
        try (CourseFixture course = CourseFixture.small().delete("content/lessons/dasar/02-dua.md")) {
            Path data = tempDir();
            int code = main(Map.of()).run(List.of("--port", "0", "--data", data.toString(),
                    "--content", course.root().toString()));
            assertEquals(1, code);
            assertTrue(err().contains("modules/01-dasar.yaml:10:"), err());
            assertTrue(err().contains("Server tidak dijalankan") && err().contains("The server did not start"), err());
            assertFalse(Files.exists(data.resolve("serambi.db")), "nothing is created for a server that did not start");
            TempFiles.delete(data);
        }
    }

    @Test
    void an_unusable_data_directory_is_a_clear_message_and_exit_1() throws IOException {
        Path dir = tempDir();
        Path file = Files.writeString(dir.resolve("bukan-folder"), "x");
        int code = main(Map.of()).run(List.of("--port", "0", "--data", file.toString()));
        assertEquals(1, code);
        assertTrue(err().contains("Folder data tidak bisa dipakai"), err());
        assertTrue(err().contains("The data folder cannot be used"), err());
        assertTrue(err().contains(file.toAbsolutePath().toString()), err());
        TempFiles.delete(dir);
    }

    @Test
    void bad_flags_and_commands_print_usage_and_exit_2() {
        assertEquals(2, main(Map.of()).run(List.of("--port", "tujuh")));
        assertTrue(err().contains("Port harus berupa angka"), err());
        assertTrue(err().contains("Cara pakai"), err());
        assertEquals(2, main(Map.of()).run(List.of("hapus-semua")));
        assertTrue(err().contains("Perintah tidak dikenal: hapus-semua"), err());
    }

    @Test
    void port_0_takes_a_free_port_prints_it_and_creates_the_database() throws Exception {
        Path data = tempDir().resolve("baru");
        Javalin app = serve(Config.defaults().withPort(0).withDataDir(data));
        assertNotNull(app, err());
        try {
            assertTrue(out().contains("http://localhost:" + app.port() + "/"), out());
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(Files.exists(data.resolve("serambi.db")), "the SQLite file is created on first start");
        } finally {
            app.stop();
            TempFiles.delete(data.getParent());
        }
    }

    @Test
    void a_missing_content_folder_is_reported() {
        assertNull(serve(Config.defaults().withContentDir(Path.of("/tidak/ada/folder/ini"))));
        assertTrue(err().contains("Folder materi tidak ditemukan"), err());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("serambi-main");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
