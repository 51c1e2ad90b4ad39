package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.menu.MenuJson;
import id.serambi.chat.menu.MenuYaml;
import id.serambi.course.ContentRoot;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a menu from an uploaded file, as the list page's file form posts it (multipart). */
class DesignerUploadPagesTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Menu MADATTE = MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int menus(Http http) {
        return new DesignStore(app.database().jdbi()).byOwner(http.cookie("serambi_pelajar")).size();
    }

    /** Posts {@code content} as the file field {@code berkas} named {@code filename}, with the visitor's cookies. */
    private static HttpResponse<String> upload(Http http, String filename, byte[] content, boolean withToken) {
        Matcher m = CSRF.matcher(http.get("/desainer").body());
        assertTrue(m.find());
        String boundary = "----serambi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (withToken) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + m.group(1)
                    + "\r\n");
        }
        if (filename != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        String cookies = "serambi_pelajar=" + http.cookie("serambi_pelajar") + "; serambi_csrf="
                + http.cookie("serambi_csrf") + (http.cookie("serambi_bahasa") == null ? ""
                : "; serambi_bahasa=" + http.cookie("serambi_bahasa"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/desainer/unggah")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole answer, head and body, to an upload that declares {@code length} bytes and sends
     * none of them. A client that went on sending the body after the server refused it could see
     * the connection reset before the answer; the refusal itself does not depend on the body.
     */
    private static String headOnly(Http http, long length) {
        String cookies = "serambi_pelajar=" + http.cookie("serambi_pelajar") + "; serambi_csrf="
                + http.cookie("serambi_csrf");
        String head = "POST /desainer/unggah HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                + "\r\nContent-Type: multipart/form-data; boundary=----serambi\r\nContent-Length: " + length
                + "\r\nCookie: " + cookies + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_yaml_or_json_file_becomes_a_new_menu() {
        Http http = app.http();
        HttpResponse<String> yaml = upload(http, "madatte.yaml", utf8(MenuYaml.write(MADATTE)), true);
        assertEquals(303, yaml.statusCode(), yaml.body());
        String page = yaml.headers().firstValue("Location").orElseThrow();
        assertTrue(http.get(page).body().contains("Layanan WhatsApp Kelurahan Madatte"));
        // a byte order mark and Windows line ends, as Notepad saves
        byte[] json = utf8("\uFEFF" + MenuJson.write(MADATTE).replace("\n", "\r\n"));
        assertEquals(303, upload(http, "MENU.JSON", json, true).statusCode());
        assertEquals(303, upload(http, "menu.yml", utf8(MenuYaml.write(MADATTE)), true).statusCode());
        assertEquals(3, menus(http));
    }

    @Test
    void a_wrong_file_is_refused_with_a_clear_message_and_nothing_is_created() {
        Http http = app.http();
        HttpResponse<String> text = upload(http, "catatan.txt", utf8("title: x"), true);
        assertEquals(422, text.statusCode());
        assertTrue(text.body().contains("Berkas catatan.txt bukan berkas menu."), text.body());

        // 300 KiB of comment lines: a valid YAML file, only too large
        byte[] big = utf8(("# baris komentar\n").repeat(300 * 1024 / 17 + 1) + MenuYaml.write(MADATTE));
        HttpResponse<String> large = upload(http, "besar.yaml", big, true);
        assertEquals(413, large.statusCode());
        assertTrue(large.body().contains("Berkas besar.yaml terlalu besar (" + (big.length + 1023) / 1024
                + " KB). Berkas menu paling besar 256 KB."), large.body());

        HttpResponse<String> binary = upload(http, "foto.yaml", new byte[]{(byte) 0xff, (byte) 0xd8, 0, 1}, true);
        assertEquals(422, binary.statusCode());
        assertTrue(binary.body().contains("tidak bisa dibaca sebagai teks"), binary.body());

        HttpResponse<String> broken = upload(http, "rusak.yaml", utf8("title: x\nmenu: [\n"), true);
        assertEquals(422, broken.statusCode());
        assertTrue(broken.body().contains("Baris"), "the line of the problem: " + broken.body());

        // read whole or not at all: a task whose goal is no answer is not dropped silently
        String badTask = MenuYaml.write(MADATTE).replace("goal: [1]", "goal: [9]");
        HttpResponse<String> task = upload(http, "tugas.yaml", utf8(badTask), true);
        assertEquals(422, task.statusCode());
        assertTrue(task.body().contains("tujuan 9 tidak menunjuk jawaban"), task.body());

        HttpResponse<String> none = upload(http, null, new byte[0], true);
        assertEquals(422, none.statusCode());
        assertTrue(none.body().contains("Pilih dulu berkas menu"), none.body());

        HttpResponse<String> empty = upload(http, "kosong.yaml", new byte[0], true);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Berkas kosong.yaml kosong."), empty.body());

        // over the server's 1 MB limit for any request: refused from its declared length, before
        // the body is read, so the client sends only the head and reads the answer
        String tooLarge = headOnly(http, 1_100_000);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413 "), tooLarge);
        assertTrue(tooLarge.contains("Kiriman terlalu besar"), tooLarge);

        assertEquals(403, upload(http, "madatte.yaml", utf8(MenuYaml.write(MADATTE)), false).statusCode());
        assertEquals(0, menus(http));
    }

    @Test
    void an_english_reader_is_told_in_english() {
        Http http = app.http();
        http.get("/bahasa/en?ke=/desainer");
        HttpResponse<String> large = upload(http, "big.json", new byte[300 * 1024], true);
        assertEquals(413, large.statusCode());
        assertTrue(large.body().contains("big.json is too large (300 KB). A menu file is at most 256 KB."),
                large.body());
    }
}
