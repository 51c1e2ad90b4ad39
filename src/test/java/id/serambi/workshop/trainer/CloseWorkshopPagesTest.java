package id.serambi.workshop.trainer;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ending a workshop takes a confirmation that says what happens to the phones, and a workshop
 * closed by mistake can be opened again by its trainer within a day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloseWorkshopPagesTest {
    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String waiting(Http phone, RoomPagesTest.Room room) {
        return phone.get("/ikut/" + room.code() + "/tunggu").body();
    }

    @Test
    void closing_asks_first_and_says_what_happens_to_the_phones() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http phone = room.join("Siti", "warga");
        String page = room.trainer().get(room.page()).body();
        assertTrue(page.contains("href=\"" + room.page() + "/tutup\""), "the trainer's page links to the confirmation");
        assertFalse(page.contains("action=\"" + room.page() + "/tutup\""), "no button closes the workshop at once");

        HttpResponse<String> asked = room.trainer().get(room.page() + "/tutup");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Tutup pelatihan ini?"), asked.body());
        assertTrue(asked.body().contains("1 peserta melihat"), asked.body());
        assertTrue(asked.body().contains("dalam 24 jam"), asked.body());

        HttpResponse<String> unconfirmed = room.trainer().submit(room.page(), room.page() + "/tutup", Map.of());
        assertEquals(200, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("Ya, tutup pelatihan"), "a post without the confirmation asks first");
        assertFalse(waiting(phone, room).contains("sudah ditutup"), "nothing is closed yet");

        assertEquals(303, room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1")).statusCode());
        assertTrue(waiting(phone, room).contains("sudah ditutup"), "the phone learns it is closed");
        String closed = room.trainer().get(room.page()).body();
        assertTrue(closed.contains("Pelatihan sudah ditutup") && closed.contains("Buka lagi pelatihan"), closed);
        assertFalse(closed.contains("Buka pelatihan dulu"), "a closed page does not ask to open it first");
        assertEquals(303, room.trainer().get(room.page() + "/tutup").statusCode(), "nothing left to close");
    }

    @Test
    void a_workshop_closed_by_mistake_is_opened_again_within_a_day_and_the_audit_log_says_so() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http phone = room.join("Budi", "aparat");
        room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1"));
        HttpResponse<String> reopened = room.trainer().submit(room.page(), room.page() + "/buka-lagi", Map.of());
        assertEquals(303, reopened.statusCode());
        assertFalse(waiting(phone, room).contains("sudah ditutup"), "the phone is back in the room");
        assertEquals(303, room.item("buka", "kuis:tes-awal").statusCode(), "its steps open again");
        assertEquals(303, phone.submit(RoomPagesTest.PRE, RoomPagesTest.PRE + "/mulai", Map.of()).statusCode(),
                "answers are no longer frozen");
        assertTrue(app.loggedIn(Role.ADMIN).get("/admin/pengguna").body().contains("membuka lagi pelatihan"));
    }

    @Test
    void a_workshop_closed_more_than_a_day_ago_stays_closed() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1"));
        long dayAndHourAgo = Instant.now().minus(Duration.ofHours(25)).toEpochMilli();
        app.database().jdbi().useHandle(h -> h.createUpdate("update workshop set closed_at = :t where id = :id")
                .bind("t", dayAndHourAgo).bind("id", room.page().substring("/pelatihan/".length())).execute());
        assertFalse(room.trainer().get(room.page()).body().contains("Buka lagi pelatihan"));
        HttpResponse<String> late = room.trainer().submit(room.page(), room.page() + "/buka-lagi", Map.of());
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("lebih dari 24 jam"), late.body());
    }

    @Test
    void an_open_workshop_is_not_opened_again() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        HttpResponse<String> refused = room.trainer().submit(room.page(), room.page() + "/buka-lagi", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("tidak sedang ditutup"), refused.body());
    }
}
