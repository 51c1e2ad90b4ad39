package id.serambi.account;

import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learners signing up at /daftar: what they did anonymously on the device stays theirs, follows
 * the account to another device, and leaves the device when they log out.
 */
class LearnerAccountPagesTest {
    private static final String LESSON = "/modul/media-sosial/01-apa-itu-media-sosial";
    private static final String MODULE = "/modul/media-sosial";
    private static final String QUIZ = "/kuis/kuis-media-sosial";
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

    private static HttpResponse<String> signUp(Http http, String name, String password, String again) {
        return http.submit("/daftar", "/daftar", Map.of("nama", name, "sandi", password, "sandi_ulang", again));
    }

    /** Sends the module quiz with every answer right; returns its result page. */
    private static String passQuiz(Http http) {
        assertEquals(303, http.submit(QUIZ, QUIZ + "/mulai", Map.of()).statusCode());
        Matcher m = ATTEMPT.matcher(http.get(QUIZ + "/isi").body());
        assertTrue(m.find(), "no attempt on the questions page");
        List<Map.Entry<String, String>> form = new ArrayList<>(QuizAnswers.right(QuizAnswers.bundled("kuis-media-sosial")));
        form.add(Map.entry("percobaan", m.group(1)));
        HttpResponse<String> sent = http.submitAll(QUIZ + "/isi", QUIZ + "/kirim", form);
        assertEquals(303, sent.statusCode(), sent.body());
        return sent.headers().firstValue("Location").orElseThrow();
    }

    private static String design(Http http) {
        HttpResponse<String> r = http.submit("/desainer", "/desainer/baru", Map.of("contoh", "madatte"));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Whether the module page counts anything done: the lesson, and in the first test the quiz too. */
    private static boolean lessonDone(Http http) {
        String page = http.get(MODULE).body();
        assertTrue(page.contains(" dari 10 langkah selesai"), page);
        return !page.contains("0 dari 10 langkah selesai");
    }

    @Test
    void anonymous_progress_stays_with_the_account_follows_it_and_leaves_the_device_on_logout() {
        Http laptop = app.http();
        assertEquals(303, laptop.submit(LESSON, LESSON + "/selesai", Map.of("done", "1")).statusCode());
        String result = passQuiz(laptop);
        String menu = design(laptop);
        assertTrue(lessonDone(laptop), laptop.get(MODULE).body());

        HttpResponse<String> made = signUp(laptop, "siti-belajar", "sandi-siti-panjang", "sandi-siti-panjang");
        assertEquals(303, made.statusCode(), made.body());
        assertTrue(lessonDone(laptop), "the lesson done before signing up is still done");
        assertEquals(200, laptop.get(result).statusCode(), "so is the quiz result");
        assertEquals(200, laptop.get(menu).statusCode(), "and the menu design");
        assertTrue(laptop.get("/").body().contains(">siti-belajar</a>"), "logged in straight away");

        assertEquals(303, laptop.submit("/", "/keluar", Map.of()).statusCode());
        assertFalse(lessonDone(laptop), "the next person on the laptop does not see it");
        assertEquals(404, laptop.get(result).statusCode());
        assertEquals(404, laptop.get(menu).statusCode());

        Http phone = app.http();
        assertFalse(lessonDone(phone));
        HttpResponse<String> login = phone.submit("/masuk", "/masuk",
                Map.of("nama", "siti-belajar", "sandi", "sandi-siti-panjang"));
        assertEquals(303, login.statusCode());
        assertTrue(lessonDone(phone), "the account's progress on another device");
        assertEquals(200, phone.get(result).statusCode());
        assertEquals(200, phone.get(menu).statusCode());
    }

    @Test
    void signing_up_on_a_device_another_account_uses_does_not_take_over_its_progress() {
        Http laptop = app.http();
        assertEquals(303, signUp(laptop, "budi-belajar", "sandi-budi-panjang", "sandi-budi-panjang").statusCode());
        assertEquals(303, laptop.submit(LESSON, LESSON + "/selesai", Map.of("done", "1")).statusCode());
        String budi = laptop.cookie("serambi_pelajar");
        assertEquals(303, signUp(laptop, "ani-belajar", "sandi-ani-panjang", "sandi-ani-panjang").statusCode());
        assertNotEquals(budi, laptop.cookie("serambi_pelajar"), "a fresh learner id for the second account");
        assertFalse(lessonDone(laptop), "Budi's lesson is not Ani's");
        assertTrue(laptop.get("/").body().contains(">ani-belajar</a>"));
    }

    @Test
    void a_bad_sign_up_says_what_is_wrong_and_creates_nothing() {
        Http http = app.http();
        HttpResponse<String> mismatch = signUp(http, "dewi-belajar", "sandi-dewi-panjang", "sandi-lain-panjang");
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains("Kedua kata sandi tidak sama. Akun belum dibuat."), mismatch.body());
        assertTrue(mismatch.body().contains("value=\"dewi-belajar\""), "the name typed is kept");
        HttpResponse<String> shortOne = signUp(http, "dewi-belajar", "pendek", "pendek");
        assertEquals(400, shortOne.statusCode());
        assertTrue(shortOne.body().contains("paling sedikit 10 karakter"), shortOne.body());
        HttpResponse<String> invalid = signUp(http, "<b>dewi</b>", "sandi-dewi-panjang", "sandi-dewi-panjang");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("value=\"&lt;b&gt;dewi&lt;/b&gt;\""), "escaped when shown back");
        assertEquals(401, http.submit("/masuk", "/masuk", Map.of("nama", "dewi-belajar", "sandi", "sandi-dewi-panjang"))
                .statusCode(), "no account was made");
        app.loggedIn("dewi-ada", Role.TRAINER);
        HttpResponse<String> taken = signUp(http, "Dewi-Ada", "sandi-dewi-panjang", "sandi-dewi-panjang");
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("Nama pengguna dewi-ada sudah dipakai."), taken.body());
    }

    @Test
    void a_signed_up_learner_is_a_learner_and_the_login_and_home_pages_link_to_sign_up() {
        Http http = app.http();
        assertTrue(http.get("/masuk").body().contains("href=\"/daftar\""));
        assertTrue(http.get("/").body().contains("href=\"/daftar\""));
        assertEquals(303, signUp(http, "rina-belajar", "sandi-rina-panjang", "sandi-rina-panjang").statusCode());
        assertEquals(403, http.get("/dasbor").statusCode(), "a learner account opens no trainer page");
        assertFalse(http.get("/").body().contains("href=\"/daftar\""), "no offer to sign up once logged in");
    }

    @Test
    void sign_ups_from_one_address_are_limited() {
        // an app of its own: every sign-up from 127.0.0.1 counts
        try (TestApp own = TestApp.start()) {
            Http http = own.http();
            for (int i = 0; i < Throttle.DEFAULT.signUpsPerAddress(); i++) {
                // a refused one counts too: each costs a password hash
                assertEquals(400, signUp(http, "x" + i, "pendek", "pendek").statusCode());
            }
            HttpResponse<String> refused = signUp(http, "tuti-belajar", "sandi-tuti-panjang", "sandi-tuti-panjang");
            assertEquals(429, refused.statusCode());
            assertEquals("900", refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(refused.body().contains("Terlalu banyak akun dibuat dari alamat ini. Tunggu 15 menit"),
                    refused.body());
        }
    }
}
