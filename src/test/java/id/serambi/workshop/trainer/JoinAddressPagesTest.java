package id.serambi.workshop.trainer;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.web.PublicAddress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The join address and QR a trainer shows the room: one the phones can open, whether the trainer's
 * browser reached the server through localhost, through its network name, or the server was
 * started with a public address.
 */
class JoinAddressPagesTest {
    private static final List<String> LAN = List.of("192.0.2.10", "198.51.100.7");

    /** A trainer's open workshop: its page and its code. */
    private record Opened(Http trainer, String page, String code) {
        String joinPath() {
            return "/ikut/" + code;
        }
    }

    private static Opened open(TestApp app) {
        Http trainer = app.loggedIn(Role.TRAINER);
        String page = WorkshopPagesTest.create(trainer, "30");
        return new Opened(trainer, page, WorkshopPagesTest.open(trainer, page));
    }

    @Test
    void through_localhost_the_room_is_given_the_laptops_network_address_and_another_can_be_picked() {
        try (TestApp app = TestApp.reachedAt(new PublicAddress(Optional.empty(), LAN))) {
            Opened w = open(app);
            String expected = "http://192.0.2.10:" + app.port() + w.joinPath();
            String page = w.trainer().get(w.page()).body();
            assertTrue(page.contains(">" + expected + "<"), "the address under the code: " + page);
            assertTrue(page.contains("Kode QR untuk ikut pelatihan: " + expected), "the QR carries the same address");
            assertFalse(page.contains("127.0.0.1:" + app.port() + w.joinPath()), "never the laptop's own loopback");
            assertTrue(page.contains("lewat localhost"), "the trainer is told why");
            assertTrue(w.trainer().get(w.page() + "/layar/isi").body().contains(expected), "the projector agrees");

            HttpResponse<String> picked = w.trainer().submit(w.page(), w.page() + "/alamat", Map.of("alamat", LAN.get(1)));
            assertEquals(303, picked.statusCode());
            String other = "http://198.51.100.7:" + app.port() + w.joinPath();
            assertTrue(w.trainer().get(w.page()).body().contains(">" + other + "<"));
            assertTrue(w.trainer().get(w.page() + "/layar/isi").body().contains(other));

            HttpResponse<String> refused = w.trainer().submit(w.page(), w.page() + "/alamat", Map.of("alamat", "10.9.9.9"));
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("bukan alamat jaringan laptop ini"), refused.body());
        }
    }

    @Test
    void a_laptop_with_no_network_says_that_phones_cannot_reach_localhost() {
        try (TestApp app = TestApp.reachedAt(new PublicAddress(Optional.empty(), List.of()))) {
            Opened w = open(app);
            String page = w.trainer().get(w.page()).body();
            assertTrue(page.contains("belum tersambung ke jaringan"), page);
        }
    }

    @Test
    void a_public_address_given_at_start_is_the_one_shown() {
        PublicAddress address = new PublicAddress(Optional.of(URI.create("https://serambi.polman.go.id/")), LAN);
        try (TestApp app = TestApp.reachedAt(address)) {
            Opened w = open(app);
            String page = w.trainer().get(w.page()).body();
            assertTrue(page.contains(">https://serambi.polman.go.id" + w.joinPath() + "<"), page);
            assertFalse(page.contains("lewat localhost"));
            assertEquals(List.of("https://serambi.polman.go.id"), address.startLines(7070));
        }
    }

    @Test
    void reached_by_its_network_name_the_request_names_the_address() {
        try (TestApp app = TestApp.reachedAt(new PublicAddress(Optional.empty(), LAN))) {
            Opened w = open(app);
            String page = get(app, w.page(), "serambi-kelurahan.lan:" + app.port(), w.trainer().cookie("serambi_sesi"));
            assertTrue(page.contains(">http://serambi-kelurahan.lan:" + app.port() + w.joinPath() + "<"), page);
            assertFalse(page.contains("lewat localhost"));
        }
    }

    @Test
    void the_start_lines_name_every_network_address_with_the_port() {
        assertEquals(List.of("http://192.0.2.10:7070", "http://198.51.100.7:7070"),
                new PublicAddress(Optional.empty(), LAN).startLines(7070));
    }

    /** A GET with the Host header a browser on the network would send, which Java's HTTP client does not let one set. */
    private static String get(TestApp app, String path, String host, String session) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: serambi_sesi=" + session
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
