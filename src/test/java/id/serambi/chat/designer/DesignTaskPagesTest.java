package id.serambi.chat.designer;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled design task over HTTP: a copy of the complete Madatte sample lacks the SKTM; added
 * with its six components in the designer, the same menu passes, and the pass counts in its module.
 */
class DesignTaskPagesTest {
    static final String TASK = "/tugas-desain/tiga-layanan-utama";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A copy of madatte-lengkap; its edit page's address. */
    static String copyOfTheSample(Http http) {
        HttpResponse<String> created = http.submit("/desainer", "/desainer/baru", Map.of("contoh", "madatte-lengkap"));
        assertEquals(303, created.statusCode());
        return created.headers().firstValue("Location").orElseThrow();
    }

    /** Adds the SKTM as the seventh letter under option 2, with its six components. */
    static void addSktm(Http http, String page) {
        assertEquals(303, http.submit(page, page + "/tambah", Map.of("simpul", "2", "jenis", "service")).statusCode());
        Map<String, String> form = new HashMap<>();
        form.put("simpul", "2.7");
        form.put("label", "Tidak mampu (SKTM)");
        form.put("shortcut", "sk-tidak-mampu");
        form.put("text", "*Surat Keterangan Tidak Mampu (SKTM)*\nUntuk keringanan biaya sekolah atau berobat.");
        form.put("persyaratan", "Surat pengantar RT/RW, KTP-el dan KK.");
        form.put("prosedur", "Bawa persyaratan ke loket; petugas memeriksa, lurah menandatangani.");
        form.put("waktu", "1 hari kerja sejak berkas lengkap.");
        form.put("biaya", "Gratis, tidak dipungut biaya.");
        form.put("produk", "Surat Keterangan Tidak Mampu.");
        form.put("pengaduan", "Sampaikan kepada lurah atau lewat SP4N-LAPOR! di https://www.lapor.go.id");
        HttpResponse<String> saved = http.submit(page + "?buka=2.7", page + "/pilihan", form);
        assertEquals(303, saved.statusCode(), saved.body());
    }

    static String id(String page) {
        return page.substring("/desainer/".length());
    }

    @Test
    void a_newcomer_is_told_what_to_build_and_how_to_start() {
        String body = app.http().get(TASK).body();
        assertTrue(body.contains("<h1>Menu tiga layanan yang paling banyak diminta</h1>"), body);
        assertTrue(body.contains("Surat keterangan tidak mampu (SKTM)"));
        assertTrue(body.contains("Anda belum punya menu."));
        assertTrue(body.contains("name=\"contoh\" value=\"madatte-lengkap\""));
    }

    @Test
    void the_sample_lacks_the_sktm_and_passes_once_it_is_added() {
        Http http = app.http();
        http.get("/");
        String page = copyOfTheSample(http);
        HttpResponse<String> checked = http.submit(TASK, TASK + "/periksa", Map.of("desain", id(page)));
        assertEquals(303, checked.statusCode());
        assertEquals(TASK + "?desain=" + id(page) + "#hasil", checked.headers().firstValue("Location").orElseThrow());
        String failed = http.get(TASK + "?desain=" + id(page)).body();
        assertTrue(failed.contains("belum memenuhi tugas ini"), failed);
        assertTrue(failed.contains("Surat keterangan domisili ada di pilihan 2 &gt; 1, lengkap enam komponen."), failed);
        assertTrue(failed.contains("Surat keterangan tidak mampu (SKTM) belum ada. Tambahkan jawaban layanan yang "
                + "namanya memuat kata \u201ctidak mampu\u201d atau \u201csktm\u201d."), failed);
        assertFalse(failed.contains("id=\"tugas-lulus\""));

        addSktm(http, page);
        http.submit(TASK, TASK + "/periksa", Map.of("desain", id(page)));
        String passed = http.get(TASK + "?desain=" + id(page)).body();
        assertTrue(passed.contains("Lulus: "), passed);
        assertTrue(passed.contains("Surat keterangan tidak mampu (SKTM) ada di pilihan 2 &gt; 7"), passed);
        assertTrue(passed.contains("Menu lolos semua pemeriksaan desainer."));
        assertTrue(passed.contains("id=\"tugas-lulus\""), "the pass is stored");
        String module = http.get("/modul/standar-pelayanan").body();
        assertTrue(module.contains("item-design is-done"), module);
    }

    @Test
    void another_visitors_design_is_not_found_and_stores_nothing() {
        Http author = app.http();
        author.get("/");
        String page = copyOfTheSample(author);
        Http other = app.http();
        other.get(TASK);
        assertEquals(404, other.submit(TASK, TASK + "/periksa", Map.of("desain", id(page))).statusCode());
        String body = other.get(TASK + "?desain=" + id(page)).body();
        assertFalse(body.contains("id=\"hasil\""), "no verdict on someone else's design");
        assertEquals(404, app.http().get("/tugas-desain/tidak-ada").statusCode());
    }
}
