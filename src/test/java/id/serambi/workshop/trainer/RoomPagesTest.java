package id.serambi.workshop.trainer;

import id.serambi.account.Role;
import id.serambi.quiz.model.Quiz;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer runs the room over HTTP: opens items, participants answer as their seat, results freeze. */
public class RoomPagesTest {
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    public static final String PRE = "/kuis/tes-awal";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A trainer's open workshop: its page and its join code. */
    public record Room(TestApp app, Http trainer, String page, String code) {
        String id() {
            return page.substring("/pelatihan/".length());
        }

        public HttpResponse<String> item(String action, String item) {
            return trainer.submit(page, page + "/item/" + action, Map.of("item", item));
        }

        public Http join(String name, String group) {
            Http phone = app.http();
            assertEquals(303, phone.submit("/ikut", "/ikut/" + code, Map.of("nama", name, "kelompok", group)).statusCode());
            return phone;
        }
    }

    public static Room room(TestApp app) {
        Http trainer = app.loggedIn(Role.TRAINER);
        String page = WorkshopPagesTest.create(trainer, "30");
        return new Room(app, trainer, page, WorkshopPagesTest.open(trainer, page));
    }

    /** The pages of the bundled module's lessons, in order, as its page links them. */
    public static List<String> lessonPages(Http phone) {
        Matcher links = Pattern.compile("href=\"(/modul/media-sosial/[0-9]{2}-[a-z0-9-]+)\"").matcher(phone.get("/modul/media-sosial").body());
        List<String> lessons = new ArrayList<>();
        while (links.find()) {
            if (!lessons.contains(links.group(1))) {
                lessons.add(links.group(1));
            }
        }
        return lessons;
    }

    /** Marks a lesson read on the phone, as its button does. */
    public static void read(Http phone, String lesson) {
        assertEquals(303, phone.submit(lesson, lesson + "/selesai", Map.of()).statusCode());
    }

    /** Reaches the bundled practice task "cari-alamat" in the simulator on the phone. */
    public static void reachAddressTask(Http phone) {
        String chat = "/simulator/madatte";
        assertEquals(303, phone.submit(chat, chat + "/latihan", Map.of("tugas", "cari-alamat")).statusCode());
        assertEquals(303, phone.submit(chat, chat + "/kirim", Map.of("text", "Menu")).statusCode());
        assertEquals(303, phone.submit(chat, chat + "/kirim", Map.of("text", "1")).statusCode());
    }

    /** Starts the quiz and returns the attempt id on its form. */
    public static String startPreTest(Http phone) {
        assertEquals(303, phone.submit(PRE, PRE + "/mulai", Map.of()).statusCode());
        Matcher m = ATTEMPT.matcher(phone.get(PRE + "/isi").body());
        assertTrue(m.find(), "no attempt on the quiz form");
        return m.group(1);
    }

    private static List<Object> attemptRow(String attemptId) {
        return app.database().jdbi().withHandle(h -> h.createQuery("""
                        select learner_id, workshop, respondent_name, respondent_group, respondent_kelurahan, submitted_at
                        from quiz_attempt where id = :id""")
                .bind("id", attemptId).map((rs, ctx) -> {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= 6; i++) {
                        row.add(rs.getObject(i));
                    }
                    return row;
                }).one());
    }

    private static int answers(String attemptId) {
        return app.database().jdbi().withHandle(h -> h.createQuery("select count(*) from quiz_answer where attempt_id = :id")
                .bind("id", attemptId).mapTo(Integer.class).one());
    }

    @Test
    void a_seat_takes_the_open_quiz_for_the_workshop_and_the_roster_shows_it_sent() {
        Room room = room(app);
        Http siti = room.join("Siti", "warga");
        String before = room.trainer().get(room.page()).body();
        assertTrue(before.contains("Buka untuk peserta") && before.contains("value=\"kuis:tes-awal\"")
                && before.contains("value=\"modul:media-sosial\""), before);
        assertEquals(303, room.item("buka", "kuis:tes-awal").statusCode());
        String waiting = siti.get("/ikut/" + room.code() + "/tunggu").body();
        assertTrue(waiting.contains("Tes awal: Media Sosial") && waiting.contains("action=\"" + PRE + "/mulai\""), waiting);

        String intro = siti.get(PRE).body();
        assertTrue(intro.contains("Kembali ke ruang pelatihan"), intro);
        String attempt = startPreTest(siti);
        Quiz quiz = QuizAnswers.bundled("tes-awal");
        List<Map.Entry<String, String>> form = new ArrayList<>(QuizAnswers.right(quiz));
        form.add(Map.entry("percobaan", attempt));
        HttpResponse<String> sent = siti.submitAll(PRE + "/isi", PRE + "/kirim", form);
        assertEquals(303, sent.statusCode(), sent.body());
        String result = siti.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(result.contains("Kembali ke ruang pelatihan")
                && result.contains("href=\"/ikut/" + room.code() + "/tunggu\""), result);

        List<Object> row = attemptRow(attempt);
        assertTrue(((String) row.get(0)).startsWith("peserta-"), "stored under the seat, not the phone: " + row);
        assertEquals(List.of(room.id(), "Siti", "warga", "Madatte"), row.subList(1, 5));

        String roster = room.trainer().get(room.page()).body();
        assertTrue(roster.contains("1 bergabung") && roster.contains("1 terhubung")
                && roster.contains("1 sudah mengirim langkah yang dibuka"), roster);
        assertTrue(roster.contains("class=\"step-done\">Terkirim<") && roster.contains("Sedang dibuka"), roster);
        assertTrue(roster.contains("href=\"/dasbor/tes-awal?lokakarya=" + room.id() + "\"")
                && roster.contains("href=\"/dasbor/tes-awal/jawaban.csv?lokakarya=" + room.id() + "\"")
                && roster.contains("href=\"/dasbor/tes-awal/ringkasan.xlsx?lokakarya=" + room.id() + "\"")
                && roster.contains("href=\"/dasbor/tes-awal/cetak?lokakarya=" + room.id() + "\""), roster);
    }

    @Test
    void the_roster_counts_the_lessons_each_phone_read_and_the_practice_task_it_reached() {
        Room room = room(app);
        Http siti = room.join("Siti", "warga");
        Http budi = room.join("Budi", "aparat");
        room.item("buka", "modul:media-sosial");
        List<String> lessons = lessonPages(siti);
        assertTrue(lessons.size() >= 2, "the module lists its lessons: " + lessons);
        read(siti, lessons.get(0));
        read(siti, lessons.get(1));
        reachAddressTask(budi);

        String roster = room.trainer().get(room.page()).body();
        String sitiRow = roster.substring(roster.indexOf(">Siti</span>"), roster.indexOf("</tr>", roster.indexOf(">Siti</span>")));
        String budiRow = roster.substring(roster.indexOf(">Budi</span>"), roster.indexOf("</tr>", roster.indexOf(">Budi</span>")));
        assertTrue(sitiRow.contains("class=\"step-under-way\">2 dari " + lessons.size() + " dibaca<")
                && sitiRow.contains("class=\"step-not-started\">Belum<"), sitiRow);
        assertTrue(budiRow.contains("class=\"step-not-started\">Belum dibaca<")
                && budiRow.contains("class=\"step-done\">Berhasil<"), budiRow);
        assertTrue(roster.contains("<span>Latihan simulator</span><span class=\"visually-hidden\">: ")
                && roster.contains("<span>Modul</span><span class=\"visually-hidden\">: Media Sosial"), "the columns say what each step is");
    }

    @Test
    void the_trainer_s_page_of_an_open_workshop_fetches_its_roster_and_requests_alone_as_the_room_changes() {
        Room room = room(app);
        String page = room.trainer().get(room.page()).body();
        assertTrue(page.contains("data-live=\"" + room.page() + "/ruang\"") && page.contains("src=\"/static/trainer-room.js"),
                page);
        assertTrue(page.contains("Belum ada peserta"));
        room.join("Siti", "warga");
        HttpResponse<String> live = room.trainer().get(room.page() + "/ruang");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().startsWith("<div id=\"ruang-langsung\""), "the part alone, for the script to swap in");
        assertTrue(live.body().contains(">Siti</span>") && live.body().contains("1 bergabung") && !live.body().contains("<html"),
                live.body());
        assertFalse(live.body().contains("Buka untuk peserta"), "the steps are not part of it");

        assertEquals(303, room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1")).statusCode());
        String closed = room.trainer().get(room.page()).body();
        assertFalse(closed.contains("data-live=") || closed.contains("trainer-room.js"), "a closed room no longer changes");
        assertTrue(closed.contains(">Siti</span>"));
    }

    @Test
    void once_the_trainer_closes_the_quiz_a_seats_answers_are_frozen_and_nothing_is_written() {
        Room room = room(app);
        Http budi = room.join("Budi", "aparat");
        room.item("buka", "kuis:tes-awal");
        String attempt = startPreTest(budi);
        assertTrue(room.trainer().get(room.page()).body().contains("class=\"step-under-way\">Mengisi<"));
        assertEquals(303, room.item("tutup", "kuis:tes-awal").statusCode());
        assertTrue(budi.get("/ikut/" + room.code() + "/tunggu").body().contains("Menunggu pelatih"));

        Quiz quiz = QuizAnswers.bundled("tes-awal");
        String question = quiz.questions().get(0).id();
        List<Map.Entry<String, String>> answer = new ArrayList<>(QuizAnswers.right(quiz.questions().get(0)));
        answer.add(Map.entry("soal", question));
        answer.add(Map.entry("percobaan", attempt));
        answer.add(Map.entry("_csrf", budi.cookie("serambi_csrf")));
        HttpResponse<String> saved = budi.postAll(PRE + "/simpan", answer);
        assertEquals(409, saved.statusCode());
        assertTrue(saved.body().contains("Pelatih sudah menutup kuis ini"), saved.body());
        HttpResponse<String> sent = budi.postAll(PRE + "/kirim", answer);
        assertEquals(409, sent.statusCode());
        assertEquals(0, answers(attempt));
        assertEquals(null, attemptRow(attempt).get(5), "still a draft");
        assertEquals(303, budi.get(PRE + "/isi").statusCode(), "the form is not offered again");

        Http alone = app.http();
        assertEquals(303, alone.submit(PRE, PRE + "/mulai", Map.of()).statusCode(), "without a seat, as always");
    }

    @Test
    void a_quiz_of_the_workshop_not_yet_opened_cannot_be_started_by_a_seat() {
        Room room = room(app);
        Http ani = room.join("Ani", "warga");
        String intro = ani.get(PRE).body();
        assertTrue(intro.contains("Pelatih belum membuka kuis ini") && !intro.contains("action=\"" + PRE + "/mulai\""),
                intro);
        HttpResponse<String> started = ani.post(PRE + "/mulai", Map.of("_csrf", ani.cookie("serambi_csrf")));
        assertEquals(409, started.statusCode());
        assertTrue(started.body().contains("Pelatih belum membuka kuis ini"), started.body());
    }

    @Test
    void one_item_is_open_at_a_time_and_the_waiting_page_follows_any_kind() {
        Room room = room(app);
        Http siti = room.join("Siti", "warga");
        room.item("buka", "kuis:tes-awal");
        room.item("buka", "modul:media-sosial");
        String waiting = siti.get("/ikut/" + room.code() + "/tunggu").body();
        assertTrue(waiting.contains("Media Sosial untuk Layanan Publik") && waiting.contains("href=\"/modul/media-sosial\""),
                waiting);
        String page = room.trainer().get(room.page()).body();
        assertEquals(1, page.split("Sedang dibuka<", -1).length - 1, "one item open");
        assertTrue(page.contains(">Selesai<"), "the pre-test shows as done");
    }

    @Test
    void items_not_in_the_workshop_are_refused_and_a_closed_workshop_stays_closed() {
        Room room = room(app);
        HttpResponse<String> unknown = room.item("buka", "kuis:kuis-lain");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("tidak ada di pelatihan ini"), unknown.body());
        assertEquals(303, room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1")).statusCode());
        HttpResponse<String> late = room.trainer().post(room.page() + "/item/buka",
                Map.of("item", "kuis:tes-awal", "_csrf", room.trainer().cookie("serambi_csrf")));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("tidak sedang dibuka"), late.body());
        HttpResponse<String> reopen = room.trainer().post(room.page() + "/buka",
                Map.of("_csrf", room.trainer().cookie("serambi_csrf")));
        assertEquals(409, reopen.statusCode());
        assertTrue(reopen.body().contains("tidak bisa dibuka lagi"), reopen.body());
        assertTrue(room.trainer().get(room.page()).body().contains("Ditutup"));
        assertFalse(room.trainer().get(room.page()).body().contains("Buka untuk peserta"));
    }

    @Test
    void another_trainer_cannot_open_items_of_a_workshop_not_theirs() {
        Room room = room(app);
        Http other = app.loggedIn(Role.TRAINER);
        assertEquals(404, other.submit("/ikut", room.page() + "/item/buka", Map.of("item", "kuis:tes-awal")).statusCode());
        Http stranger = app.http();
        assertEquals(404, stranger.submit("/ikut", room.page() + "/item/buka", Map.of("item", "kuis:tes-awal")).statusCode());
        assertFalse(room.trainer().get(room.page()).body().contains("Sedang dibuka"));
    }

    @Test
    void trainer_actions_are_in_the_audit_log() {
        Room room = room(app);
        room.item("buka", "kuis:tes-awal");
        room.item("tutup", "kuis:tes-awal");
        room.trainer().submit(room.page(), room.page() + "/tutup", Map.of("yakin", "1"));
        String log = app.loggedIn(Role.ADMIN).get("/admin/pengguna").body();
        for (String action : List.of("membuat pelatihan", "membuka pelatihan", "membuka langkah untuk peserta",
                "menutup langkah", "menutup pelatihan")) {
            assertTrue(log.contains(action), action + " in " + log);
        }
    }
}
