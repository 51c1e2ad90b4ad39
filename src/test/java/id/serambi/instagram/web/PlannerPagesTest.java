package id.serambi.instagram.web;

import id.serambi.instagram.image.ImageIntake;
import id.serambi.instagram.image.ImageIntakeTest;
import id.serambi.instagram.store.PlanStore;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner over HTTP, as a browser without JavaScript uses it. */
class PlannerPagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A new plan from 2 March 2026; returns its page. */
    static String newPlan(Http http) {
        HttpResponse<String> r = http.submit("/instagram", "/instagram/baru",
                Map.of("title", "Rencana Maret", "start", "2026-03-02"));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    static Map<String, String> post(String kind, String date, String time, String caption) {
        Map<String, String> f = new HashMap<>();
        f.put("kiriman", "");
        f.put("kind", kind);
        f.put("placement", "feed");
        f.put("date", date);
        f.put("time", time);
        f.put("caption", caption);
        f.put("hashtags", "#kelurahanmadatte");
        f.put("image", "templat:" + kind);
        return f;
    }

    static String addPost(Http http, String plan, Map<String, String> fields) {
        HttpResponse<String> r = http.submit(plan + "/kiriman/baru", plan + "/kiriman", fields);
        assertEquals(303, r.statusCode(), r.body());
        String to = r.headers().firstValue("Location").orElseThrow();
        return to.substring(0, to.indexOf('?'));
    }

    private static int version(String plan) {
        return new PlanStore(app.database().jdbi()).find(plan.substring("/instagram/".length())).orElseThrow().version();
    }

    @Test
    void a_plan_is_its_authors_and_not_found_for_anyone_else() {
        Http http = app.http();
        String plan = newPlan(http);
        assertEquals(200, http.get(plan).statusCode());
        assertTrue(http.get("/instagram").body().contains(plan));
        Http other = app.http();
        for (String page : new String[]{plan, plan + "/pratinjau", plan + "/kalender", plan + "/daftar", plan + "/periksa",
                plan + "/cetak", plan + "/jadwal.csv", plan + "/kiriman/baru"}) {
            assertEquals(404, other.get(page).statusCode(), page);
        }
        assertEquals(404, other.submit("/instagram", plan + "/profil", Map.of("title", "x", "start", "2026-03-02",
                "weeks", "4")).statusCode());
        assertFalse(other.get("/instagram").body().contains(plan));
    }

    @Test
    void posts_show_on_the_grid_the_calendar_the_list_and_in_the_csv() {
        Http http = app.http();
        String plan = newPlan(http);
        String edit = addPost(http, plan, post("pengumuman", "2026-03-02", "09:00",
                "Kantor tutup pada 31 Maret\nLayanan kembali buka 1 April."));
        assertTrue(edit.endsWith("/kiriman/p1"), edit);
        assertTrue(http.get(plan + "/pratinjau").body().contains("/static/instagram/pengumuman.svg"));
        assertTrue(http.get(plan + "/pratinjau/p1").body().contains("Kantor tutup pada 31 Maret"));
        String calendar = http.get(plan + "/kalender").body();
        assertTrue(calendar.contains("Kantor tutup pada 31 Maret") && calendar.contains("09.00"), calendar);
        assertTrue(http.get(plan + "/daftar").body().contains("Kantor tutup pada 31 Maret"));
        assertTrue(http.get(plan + "/cetak").body().contains("Kalender konten Instagram"));
        HttpResponse<String> csv = http.get(plan + "/jadwal.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"2026-03-02\",\"09:00\""), csv.body());
        assertTrue(csv.body().contains("#kelurahanmadatte"));
    }

    @Test
    void the_checks_page_names_what_fails_and_a_fix_makes_it_pass() {
        Http http = app.http();
        String plan = newPlan(http);
        addPost(http, plan, post("pengumuman", "2026-03-02", "09:00", "Halo warga Madatte!\nKantor tutup 31 Maret."));
        String checks = http.get(plan + "/periksa").body();
        assertTrue(checks.contains("Baris pertama caption kiriman"), checks);
        assertTrue(checks.contains("Minggu ke-2"), "weeks 2 to 4 have no post");
        Map<String, String> fixed = post("pengumuman", "2026-03-02", "09:00", "Kantor tutup pada 31 Maret\nBuka lagi 1 April.");
        fixed.put("kiriman", "p1");
        assertEquals(303, http.submit(plan + "/kiriman/p1", plan + "/kiriman", fixed).statusCode());
        assertFalse(http.get(plan + "/periksa").body().contains("Baris pertama caption kiriman"));
    }

    @Test
    void a_caption_over_the_limit_is_refused_with_its_count_and_nothing_is_stored() {
        Http http = app.http();
        String plan = newPlan(http);
        int before = version(plan);
        HttpResponse<String> r = http.submit(plan + "/kiriman/baru", plan + "/kiriman",
                post("pengumuman", "2026-03-02", "09:00", "Kantor tutup\n" + "a".repeat(2200)));
        assertEquals(422, r.statusCode());
        // 12 + 1 + 2,200 characters, a blank line and "#kelurahanmadatte"
        assertTrue(r.body().contains("2.232 karakter"), r.body());
        assertEquals(before, version(plan));
    }

    @Test
    void html_and_script_in_any_field_are_shown_as_text() {
        Http http = app.http();
        String plan = newPlan(http);
        String evil = "<script>alert('x')</script><b>tebal</b>";
        addPost(http, plan, post("aktivitas", "2026-03-03", "10:00", "Kerja bakti di Madatte\n" + evil));
        Map<String, String> profile = new HashMap<>(Map.of("title", "Rencana " + evil, "name", "Kel " + evil,
                "category", "Organisasi Pemerintah", "address", evil, "whatsapp", "", "bio", evil,
                "start", "2026-03-02", "weeks", "4"));
        assertEquals(303, http.submit(plan, plan + "/profil", profile).statusCode());
        for (String page : new String[]{plan, plan + "/pratinjau", plan + "/pratinjau/p1", plan + "/kalender",
                plan + "/daftar", plan + "/periksa", plan + "/cetak", plan + "/kiriman/p1", "/instagram"}) {
            String body = http.get(page).body();
            assertFalse(body.contains("<script>alert"), page);
            assertFalse(body.contains("<b>tebal"), page);
            assertTrue(body.contains("&lt;b&gt;tebal&lt;/b&gt;") || page.equals("/instagram") && body.contains("&lt;b&gt;"), page);
        }
    }

    @Test
    void a_reply_is_saved_and_a_late_one_is_named_by_the_checks() {
        Http http = app.http();
        String plan = newPlan(http);
        addPost(http, plan, post("pengumuman", "2026-03-02", "09:00", "Kantor tutup pada 31 Maret\nBuka 1 April."));
        String page = http.get(plan).body();
        assertTrue(page.contains("Kalau mau urus surat keterangan domisili"), "the practice's comment on the first post");
        Map<String, String> reply = Map.of("komentar", "k1", "text", "Bawa KTP dan KK, Bu.", "date", "2026-03-04",
                "time", "12:00");
        assertEquals(303, http.submit(plan, plan + "/balasan", reply).statusCode());
        assertTrue(http.get(plan + "/periksa").body().contains("baru dibalas 48 jam kemudian"));
        HttpResponse<String> empty = http.submit(plan, plan + "/balasan", Map.of("komentar", "k1", "text", "",
                "date", "2026-03-02", "time", "13:00"));
        assertEquals(422, empty.statusCode());
        assertEquals(404, http.submit(plan, plan + "/balasan", Map.of("komentar", "tidak-ada", "text", "x",
                "date", "2026-03-02", "time", "13:00")).statusCode());
    }

    @Test
    void an_image_is_refused_unless_it_is_one_and_a_real_one_is_served_written_again() throws Exception {
        Http http = app.http();
        String plan = newPlan(http);
        String edit = addPost(http, plan, post("aktivitas", "2026-03-03", "10:00", "Kerja bakti di Madatte\nTerima kasih."));
        int before = version(plan);
        Map<String, String> fields = Map.of("kiriman", "p1");
        HttpResponse<String> script = http.submitMultipart(edit, plan + "/unggah", fields, "berkas", "foto.jpg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, script.statusCode());
        assertTrue(script.body().contains("bukan gambar") && script.body().contains("is not a picture"), script.body());
        HttpResponse<String> named = http.submitMultipart(edit, plan + "/unggah", fields, "berkas", "foto.png",
                ImageIntakeTest.picture("jpeg", 20, 20));
        assertEquals(422, named.statusCode());
        assertTrue(named.body().contains("berisi gambar JPEG, bukan PNG"), named.body());
        HttpResponse<String> html = http.submitMultipart(edit, plan + "/unggah", fields, "berkas", "halaman.html",
                new byte[]{1, 2});
        assertEquals(422, html.statusCode());
        byte[] big = new byte[ImageIntake.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        HttpResponse<String> large = http.submitMultipart(edit, plan + "/unggah", fields, "berkas", "besar.jpg", big);
        assertEquals(413, large.statusCode());
        assertTrue(large.body().contains("berukuran 8,1 MB; paling besar 8 MB"), large.body());
        assertEquals(before, version(plan), "nothing stored");

        byte[] png = ImageIntakeTest.picture("png", 1500, 1500);
        HttpResponse<String> ok = http.submitMultipart(edit, plan + "/unggah", fields, "berkas", "foto.png", png);
        assertEquals(303, ok.statusCode(), ok.body());
        Matcher m = Pattern.compile("(/instagram/[a-z0-9]+/gambar/[a-z0-9]+\\.jpg)").matcher(http.get(plan + "/pratinjau").body());
        assertTrue(m.find());
        HttpResponse<byte[]> image = http.getBytes(m.group(1));
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals((byte) 0xFF, image.body()[0]);
        assertEquals(404, app.http().getBytes(m.group(1)).statusCode(), "another visitor cannot see it");
    }

    @Test
    void the_fix_task_starts_with_three_breaches_and_passing_it_is_recorded() {
        Http http = app.http();
        String task = "/instagram/tugas/perbaiki-tiga-pelanggaran";
        String page = http.get(task).body();
        assertTrue(page.contains("Perbaiki rencana ini: tiga pelanggaran"));
        assertTrue(page.contains("<a href=\"/modul/instagram\">Instagram Kelurahan: Akun dan Rencana Konten</a>"),
                "the crumbs lead back to the module that lists the task");
        HttpResponse<String> started = http.submit(task, task + "/mulai", Map.of());
        assertEquals(303, started.statusCode());
        String plan = started.headers().firstValue("Location").orElseThrow();
        assertTrue(http.get(plan + "/periksa").body().contains("Ada 3 temuan"));
        assertEquals(422, http.submit(task, task + "/periksa", Map.of()).statusCode());
        assertTrue(http.get("/modul/instagram").body().contains("0 dari 8 langkah selesai"));

        Map<String, String> p2 = post("infografis", "2026-03-05", "10:00",
                "Alur mengurus surat keterangan domisili\nBawa KTP dan KK asli ke loket pelayanan.");
        p2.put("kiriman", "p2");
        p2.put("hashtags", "#kelurahanmadatte #layananpublik");
        assertEquals(303, http.submit(plan + "/kiriman/p2", plan + "/kiriman", p2).statusCode());
        Map<String, String> p4 = post("partisipasi", "2026-03-18", "11:00",
                "Kue tradisional buatan Ibu Ani dari Madatte\nRepost dari @warung.bu.ani");
        p4.put("kiriman", "p4");
        p4.put("repost", "1");
        p4.put("credit", "warung.bu.ani");
        assertEquals(303, http.submit(plan + "/kiriman/p4", plan + "/kiriman", p4).statusCode());
        assertEquals(303, http.submit(plan, plan + "/balasan", Map.of("komentar", "dm1", "text",
                "Kantor buka Senin sampai Jumat, Bu.", "date", "2026-03-06", "time", "08:00")).statusCode());
        HttpResponse<String> passed = http.submit(task, task + "/periksa", Map.of());
        assertEquals(200, passed.statusCode(), passed.body());
        assertTrue(passed.body().contains("tugas ini tercatat selesai"));
        assertTrue(http.get("/instagram").body().contains("Selesai"));
        assertTrue(http.get("/modul/instagram").body().contains("1 dari 8 langkah selesai"),
                "the passed task counts toward module 1, which lists it");
    }
}
