package id.serambi.workshop.join;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.trainer.RoomPagesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing codes is slowed per address; a room joining from one address is not. Each test has its own app. */
class JoinLimitsTest {
    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twenty_wrong_codes_from_one_address_then_every_code_waits_except_for_a_seated_phone() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http seated = app.http();
        for (int i = 0; i < 25; i++) {
            Http phone = i == 0 ? seated : app.http();
            assertEquals(303, phone.submit("/ikut", "/ikut/" + room.code(), Map.of("nama", "Peserta " + i,
                    "kelompok", "warga")).statusCode(), "a real code is never counted");
        }
        Http guesser = app.http();
        for (int i = 0; i < 20; i++) {
            assertEquals(422, guesser.get("/ikut/QQQQQ" + "ACDEFGHJKMNPQRTUVWXY"
                    .charAt(i)).statusCode());
        }
        HttpResponse<String> limited = guesser.get("/ikut/QQQQQQ");
        assertEquals(429, limited.statusCode());
        long retry = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 600, "seconds until the first wrong code is ten minutes old: " + retry);
        assertTrue(limited.body().contains("Terlalu banyak kode yang salah"), limited.body());
        guesser.get("/bahasa/en");
        assertTrue(guesser.get("/ikut/QQQQQQ").body().contains("Too many wrong codes"));
        assertEquals(429, app.http().get("/ikut/" + room.code()).statusCode(), "a real code says no more than a wrong one");
        assertEquals(200, seated.get("/ikut/" + room.code() + "/tunggu").statusCode(), "a seated phone carries on");
    }

    @Test
    void requests_to_rejoin_from_one_address_are_capped() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        for (int i = 0; i < RejoinController.PER_ADDRESS; i++) {
            assertEquals(303, app.http().submit("/ikut/" + room.code(), "/ikut/" + room.code() + "/lagi",
                    Map.of("nama-lagi", "Siti")).statusCode());
        }
        HttpResponse<String> capped = app.http().submit("/ikut/" + room.code(), "/ikut/" + room.code() + "/lagi",
                Map.of("nama-lagi", "Siti"));
        assertEquals(429, capped.statusCode());
        assertTrue(capped.headers().firstValue("Retry-After").isPresent());
        assertTrue(capped.body().contains("Terlalu banyak permintaan masuk lagi"), capped.body());
    }
}
