package id.serambi.workshop.join;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.trainer.RoomPagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A join whose answer never reached the phone, sent again: the phone gets the seat it took, not a second one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinRetryPagesTest {
    private static final Pattern FIELD = Pattern.compile("name=\"(_csrf|gabung)\" value=\"([^\"]+)\"");
    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** The join form's fields as the page carries them, with a name and group typed in. */
    private static Map<String, String> form(Http phone, String code, String name) {
        String page = phone.get("/ikut/" + code).body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("nama", name, "kelompok", "warga"));
        Matcher m = FIELD.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertTrue(fields.containsKey("gabung"), "the join form carries its key");
        return fields;
    }

    private static int joined(RoomPagesTest.Room room) {
        Matcher m = Pattern.compile("(\\d+) bergabung").matcher(room.trainer().get(room.page()).body());
        assertTrue(m.find(), "the trainer's page counts who joined");
        return Integer.parseInt(m.group(1));
    }

    @Test
    void a_join_sent_again_after_its_answer_was_lost_keeps_one_seat() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http phone = app.http();
        Map<String, String> fields = form(phone, room.code(), "Siti Aminah");
        HttpResponse<String> first = phone.post("/ikut/" + room.code(), fields);
        assertEquals(303, first.statusCode());
        String firstToken = phone.cookie(SeatToken.COOKIE);
        phone.dropCookie(SeatToken.COOKIE);

        HttpResponse<String> again = phone.post("/ikut/" + room.code(), fields);
        assertEquals(303, again.statusCode());
        assertEquals("/ikut/" + room.code() + "/tunggu", again.headers().firstValue("Location").orElseThrow());
        assertNotEquals(firstToken, phone.cookie(SeatToken.COOKIE), "the phone holds a token of its own again");
        HttpResponse<String> waiting = phone.get("/ikut/" + room.code() + "/tunggu");
        assertEquals(200, waiting.statusCode());
        assertTrue(waiting.body().contains("Siti Aminah"), waiting.body());
        assertFalse(waiting.body().contains("Siti Aminah (2)"), "no second seat under the same name");
        assertEquals(1, joined(room));
    }

    @Test
    void a_join_that_failed_its_checks_keeps_its_key_for_the_next_try() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http phone = app.http();
        Map<String, String> fields = form(phone, room.code(), "");
        HttpResponse<String> refused = phone.post("/ikut/" + room.code(), fields);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("value=\"" + fields.get("gabung") + "\""), "the form shown again keeps its key");
    }

    @Test
    void two_phones_with_the_same_name_take_two_seats() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http first = app.http();
        Http second = app.http();
        assertEquals(303, first.post("/ikut/" + room.code(), form(first, room.code(), "Budi")).statusCode());
        assertEquals(303, second.post("/ikut/" + room.code(), form(second, room.code(), "Budi")).statusCode());
        assertEquals(2, joined(room));
        assertTrue(second.get("/ikut/" + room.code() + "/tunggu").body().contains("Budi (2)"));
    }
}
