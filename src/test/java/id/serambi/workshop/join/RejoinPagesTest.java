package id.serambi.workshop.join;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.trainer.RoomPagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participant moves to a second phone: asks by name, the trainer approves a seat, the answers follow. */
class RejoinPagesTest {
    private static final Pattern REQUEST = Pattern.compile("name=\"permintaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> ask(Http phone, String code, String name) {
        return phone.submit("/ikut/" + code, "/ikut/" + code + "/lagi", Map.of("nama-lagi", name));
    }

    /** The value of the seat choice labelled {@code shownName} on the trainer's page. */
    private static String seatChoice(String page, String shownName) {
        Matcher m = Pattern.compile("value=\"([0-9a-f]+)\"[^>]*>\\s*<span>" + Pattern.quote(shownName) + " · ").matcher(page);
        assertTrue(m.find(), "no choice for " + shownName + " in " + page);
        return m.group(1);
    }

    private static String firstRequest(String page) {
        Matcher m = REQUEST.matcher(page);
        assertTrue(m.find(), "no pending request on " + page);
        return m.group(1);
    }

    @Test
    void an_approved_second_phone_opens_the_same_seat_with_its_answers() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http first = room.join("Siti", "warga");
        room.join("siti", "aparat");
        room.item("buka", "kuis:tes-awal");
        String attempt = RoomPagesTest.startPreTest(first);

        Http second = app.http();
        assertTrue(second.get("/ikut/" + room.code()).body().contains("Sudah bergabung di HP lain?"));
        HttpResponse<String> asked = ask(second, room.code(), " Siti ");
        assertEquals(303, asked.statusCode(), asked.body());
        String waitingUrl = "/ikut/" + room.code() + "/lagi";
        assertEquals(waitingUrl, asked.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> waiting = second.get(waitingUrl);
        assertEquals(200, waiting.statusCode());
        assertEquals("5", waiting.headers().firstValue("Refresh").orElseThrow());
        assertTrue(waiting.body().contains("Menunggu persetujuan pelatih"), waiting.body());

        String page = room.trainer().get(room.page()).body();
        assertTrue(page.contains("“Siti” minta masuk dari HP lain"), page);
        String seat = seatChoice(page, "Siti");
        seatChoice(page, "siti (2)");
        String request = firstRequest(page);
        HttpResponse<String> unchosen = room.trainer().submit(room.page(), room.page() + "/gabung-lagi/setujui",
                Map.of("permintaan", request));
        assertEquals(422, unchosen.statusCode());
        assertEquals(303, room.trainer().submit(room.page(), room.page() + "/gabung-lagi/setujui",
                Map.of("permintaan", request, "peserta", seat)).statusCode());
        assertEquals(409, room.trainer().submit(room.page(), room.page() + "/gabung-lagi/setujui",
                Map.of("permintaan", request, "peserta", seat)).statusCode(), "answered once");

        HttpResponse<String> approved = second.get(waitingUrl);
        assertEquals(303, approved.statusCode());
        assertEquals("/ikut/" + room.code() + "/tunggu", approved.headers().firstValue("Location").orElseThrow());
        String seated = second.get("/ikut/" + room.code() + "/tunggu").body();
        assertTrue(seated.contains("Halo, Siti<"), seated);
        assertTrue(seated.contains("<meta name=\"serambi-room\" content=\"/ikut/" + room.code() + "\""),
                "the second phone follows the room like the first: " + seated);
        assertEquals(200, second.get("/ikut/" + room.code() + "/keadaan").statusCode(), "and reads its state");
        String questions = second.get("/kuis/tes-awal/isi").body();
        Matcher same = ATTEMPT.matcher(questions);
        assertTrue(same.find());
        assertEquals(attempt, same.group(1), "the second phone continues the seat's attempt");
        assertEquals(QuizAnswers.shown(first.get("/kuis/tes-awal/isi").body()), QuizAnswers.shown(questions),
                "with the questions drawn for it, in their order");
        assertTrue(room.trainer().get(room.page()).body().contains("Peserta (2 dari 30)"), "no new seat");
        assertTrue(app.loggedIn(Role.ADMIN).get("/admin/pengguna").body()
                .contains("menyetujui peserta masuk dari HP lain"));
    }

    @Test
    void a_refused_phone_is_told_so_and_can_join_as_new() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        room.join("Budi", "aparat");
        Http phone = app.http();
        ask(phone, room.code(), "Budi");
        String page = room.trainer().get(room.page()).body();
        assertEquals(303, room.trainer().submit(room.page(), room.page() + "/gabung-lagi/tolak",
                Map.of("permintaan", firstRequest(page))).statusCode());
        HttpResponse<String> told = phone.get("/ikut/" + room.code() + "/lagi");
        assertEquals(200, told.statusCode());
        assertTrue(told.body().contains("Pelatih tidak menyetujui permintaan ini")
                && told.body().contains("href=\"/ikut/" + room.code() + "\""), told.body());
        assertTrue(told.headers().firstValue("Refresh").isEmpty(), "nothing more to wait for");
        String refusedToken = phone.cookie(SeatToken.COOKIE);
        assertEquals(303, phone.submit("/ikut/" + room.code(), "/ikut/" + room.code(),
                Map.of("nama", "Budi", "kelompok", "aparat")).statusCode());
        assertNotEquals(refusedToken, phone.cookie(SeatToken.COOKIE));
        assertTrue(room.trainer().get(room.page()).body().contains("Budi (2)"));
    }

    @Test
    void a_request_without_a_name_is_asked_again_and_a_name_nobody_has_offers_every_seat() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        room.join("Ani", "warga");
        HttpResponse<String> blank = ask(app.http(), room.code(), "  ");
        assertEquals(422, blank.statusCode());
        assertTrue(blank.body().contains("Tulis nama Anda"), blank.body());
        ask(app.http(), room.code(), "Anita");
        String page = room.trainer().get(room.page()).body();
        assertTrue(page.contains("tidak ada peserta dengan nama itu"), page);
        seatChoice(page, "Ani");
    }
}
