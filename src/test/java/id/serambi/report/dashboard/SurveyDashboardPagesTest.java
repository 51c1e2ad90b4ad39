package id.serambi.report.dashboard;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled evaluation questionnaire's dashboard over HTTP, after three people filled it
 * through its real pages:
 *
 * <pre>
 *          group   materi  layanan-tambahan                         saran
 * first    warga   5       kelakuan-baik, usaha, Lainnya "Surat pindah"   =1+1
 * second   aparat  2       kelakuan-baik                            Tambah jam praktik
 * third    warga   4       belum-menikah                            Kata kasar sekali
 * </pre>
 * The first also typed HTML in "kritik".
 */
class SurveyDashboardPagesTest {
    private static final String BASE = "/dasbor/evaluasi-pelatihan";
    private static final String HTML = "<b>tebal</b> <script>alert(1)</script>";
    private static TestApp app;
    private static Http trainer;
    private static String third;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        trainer = app.loggedIn(Role.TRAINER);
        Respondents.send(app, app.http(), "evaluasi-pelatihan", "warga", Respondents.form("q-materi", "5",
                "q-layanan-tambahan", "kelakuan-baik", "q-layanan-tambahan", "usaha", "q-layanan-tambahan", "+lainnya",
                "q-layanan-tambahan-lainnya", "Surat pindah", "q-saran", "=1+1", "q-kritik", HTML));
        Respondents.send(app, app.http(), "evaluasi-pelatihan", "aparat", Respondents.form("q-materi", "2",
                "q-layanan-tambahan", "kelakuan-baik", "q-saran", "Tambah jam praktik"));
        third = Respondents.send(app, app.http(), "evaluasi-pelatihan", "warga", Respondents.form("q-materi", "4",
                "q-layanan-tambahan", "belum-menikah", "q-saran", "Kata kasar sekali"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String page(String path) {
        HttpResponse<String> r = trainer.get(path);
        assertEquals(200, r.statusCode(), r.body());
        // cells are compared by their text; the column name each carries for phones is checked on its own
        return r.body().replaceAll(" data-label=\"[^\"]*\"", "");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
    }

    private static HttpResponse<String> hide(String response, String question, boolean hidden) {
        return trainer.submit(BASE, BASE + "/sembunyikan", Map.of("jawaban", response, "soal", question,
                "sembunyikan", hidden ? "1" : "0"));
    }

    @Test
    void the_dashboard_counts_each_question_with_its_percentages() {
        String html = page(BASE);
        assertTrue(html.contains("3 tanggapan."), html);
        // materi: 5 and 4 agree, 2 disagrees: 2 of 3 = 67 %, 1 of 3 = 33 %
        assertTrue(html.contains("5. Materi pelatihan mudah saya pahami. — n = 3: 67% memilih Setuju atau Sangat setuju; 0% memilih Netral; 33% memilih Sangat tidak setuju atau Tidak setuju"),
                html);
        // services: kelakuan-baik 2 of 3 respondents = 66.7 %, most chosen first; "Lainnya" last with its answer
        assertTrue(html.contains("<td>Surat keterangan kelakuan baik</td><td>2</td><td>66,7</td>"), html);
        assertTrue(html.indexOf("<td>Surat keterangan kelakuan baik</td>") < html.indexOf("<td>Surat keterangan usaha</td>"));
        assertTrue(html.contains("<td>Lainnya</td><td>1</td><td>33,3</td>"), html);
        assertTrue(html.contains("Surat pindah"), html);
        assertTrue(html.contains("Tambah jam praktik") && html.contains("Kata kasar sekali"), html);
        assertTrue(html.contains("<svg"), "charts are drawn on the server");
    }

    @Test
    void the_unfiltered_dashboard_splits_respondents_and_needs_by_group() throws Exception {
        String html = page(BASE);
        // warga: first and third = 2 of 3 = 67%; aparat: second = 1 of 3 = 33%
        assertTrue(html.contains("<dt>Warga</dt><dd><span>2</span> <small>67%</small></dd>"), html);
        assertTrue(html.contains("<dt>Aparat / petugas</dt><dd><span>1</span> <small>33%</small></dd>"), html);
        // layanan-tambahan by group: kelakuan-baik 1 of 2 citizens (50%) and 1 of 1 staff (100%);
        // belum-menikah 1 of 2 citizens, no staff
        assertTrue(html.contains("<th scope=\"col\">Warga (n = 2)</th><th scope=\"col\">Aparat / petugas (n = 1)</th>"), html);
        assertTrue(html.contains("<td>Surat keterangan kelakuan baik</td><td>1 (50%)</td><td>1 (100%)</td>"), html);
        assertTrue(html.contains("<td>Surat keterangan belum pernah menikah</td><td>1 (50%)</td><td>0 (0%)</td>"), html);
        // one group chosen: nothing to set side by side
        String aparat = page(BASE + "?kelompok=aparat");
        assertFalse(aparat.contains("Warga (n = "), aparat);
        assertFalse(aparat.contains("Siapa yang menjawab"), aparat);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(trainer.getBytes(BASE + "/ringkasan.xlsx").body()))) {
            Sheet groups = wb.getSheet("Kelompok");
            assertEquals("Warga", groups.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, groups.getRow(2).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(66.7, groups.getRow(2).getCell(2).getNumericCellValue(), 0.05);
        }
    }

    @Test
    void the_group_filter_shows_only_that_group() {
        String html = page(BASE + "?kelompok=aparat");
        assertTrue(html.contains("1 tanggapan."), html);
        assertTrue(html.contains("n = 1: 0% memilih Setuju atau Sangat setuju; 0% memilih Netral; 100% memilih Sangat tidak setuju atau Tidak setuju"), html);
        assertFalse(html.contains("Kata kasar sekali"), "the third answer is a citizen's");
    }

    @Test
    void the_date_filter_counts_whole_days_in_makassar_time() {
        assertTrue(page(BASE + "?dari=" + today() + "&sampai=" + today()).contains("3 tanggapan."));
        String tomorrow = LocalDate.parse(today()).plusDays(1).toString();
        assertTrue(page(BASE + "?dari=" + tomorrow).contains("Belum ada tanggapan."));
    }

    @Test
    void a_bad_date_is_named_in_a_clear_message_and_nothing_is_counted() {
        HttpResponse<String> r = trainer.get(BASE + "?dari=2025-13-01");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Tanggal &quot;2025-13-01&quot; tidak dikenali"), r.body());
        assertFalse(r.body().contains("tanggapan."), "no figures under a filter that could not be read");
        HttpResponse<String> order = trainer.get(BASE + "?dari=2025-03-05&sampai=2025-03-01");
        assertEquals(400, order.statusCode());
        assertTrue(order.body().contains("Tanggal awal 2025-03-05 jatuh setelah tanggal akhir 2025-03-01"), order.body());
        HttpResponse<String> csv = trainer.get(BASE + "/jawaban.csv?sampai=kemarin");
        assertEquals(400, csv.statusCode());
        assertTrue(csv.body().contains("kemarin"), csv.body());
    }

    @Test
    void html_typed_in_free_text_is_shown_as_text() {
        String html = page(BASE);
        assertTrue(html.contains("&lt;b&gt;tebal&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(page(BASE + "/cetak").contains("<script>alert(1)"));
    }

    @Test
    void the_csv_is_utf8_with_a_bom_and_neutralises_a_formula() {
        HttpResponse<byte[]> r = trainer.getBytes(BASE + "/jawaban.csv");
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"evaluasi-pelatihan-jawaban-" + today() + ".csv\"",
                r.headers().firstValue("Content-Disposition").orElseThrow());
        byte[] body = r.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertEquals(4, text.split("\r\n").length, "a header and one row per response: " + text);
        assertTrue(text.contains(",'=1+1,") || text.endsWith(",'=1+1\r\n") || text.contains(",'=1+1\r\n"), text);
        assertTrue(text.contains("Surat keterangan kelakuan baik; Surat keterangan usaha; Lainnya: Surat pindah"), text);
    }

    @Test
    void the_spreadsheet_opens_with_the_responses_and_a_sheet_per_question() throws Exception {
        HttpResponse<byte[]> r = trainer.getBytes(BASE + "/ringkasan.xlsx?kelompok=warga");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("evaluasi-pelatihan-ringkasan-" + today() + ".xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("Jawaban", wb.getSheetName(0));
            assertEquals(2 + 2, wb.getSheetAt(0).getPhysicalNumberOfRows(), "caption, header, the two citizens");
            Sheet services = wb.getSheet("layanan-tambahan");
            List<String> firstColumn = new ArrayList<>();
            for (Row row : services) {
                firstColumn.add(new DataFormatter().formatCellValue(row.getCell(0)));
            }
            assertTrue(firstColumn.contains("Lainnya: Surat pindah"), firstColumn.toString());
        }
    }

    @Test
    void a_hidden_answer_leaves_the_dashboard_report_and_exports_and_comes_back_when_shown() {
        HttpResponse<String> hidden = hide(third, "saran", true);
        assertEquals(303, hidden.statusCode());
        assertEquals(BASE + "#soal-saran", hidden.headers().firstValue("Location").orElseThrow());
        try {
            String html = page(BASE);
            assertFalse(html.contains("Kata kasar sekali"), html);
            assertTrue(html.contains("Jawaban disembunyikan pelatih"), html);
            assertFalse(page(BASE + "/cetak").contains("Kata kasar sekali"));
            byte[] csv = trainer.getBytes(BASE + "/jawaban.csv").body();
            assertFalse(new String(csv, StandardCharsets.UTF_8).contains("Kata kasar sekali"));
            byte[] xlsx = trainer.getBytes(BASE + "/ringkasan.xlsx").body();
            assertFalse(ExportText.of(xlsx).contains("Kata kasar sekali"));
        } finally {
            assertEquals(303, hide(third, "saran", false).statusCode());
        }
        assertTrue(page(BASE).contains("Kata kasar sekali"), "shown again: it was kept, not deleted");
    }

    @Test
    void hiding_an_answer_that_is_not_typed_text_is_refused() {
        HttpResponse<String> r = hide(third, "materi", true);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("bukan jawaban isian"), r.body());
        assertEquals(400, hide("tidak-ada", "saran", true).statusCode());
    }

    @Test
    void a_closed_questionnaire_refuses_new_answers_with_a_message_until_reopened() {
        String quiz = "/kuis/evaluasi-pelatihan";
        Http halfway = app.http();
        assertEquals(303, halfway.submit(quiz, quiz + "/mulai", Map.of("kelompok", "warga")).statusCode());
        String draft = Respondents.attempt(halfway, "evaluasi-pelatihan");
        assertEquals(303, trainer.submit(BASE, BASE + "/tutup", Map.of("tutup", "1")).statusCode());
        try {
            assertTrue(page(BASE).contains("Ditutup: tidak menerima jawaban baru."));
            HttpResponse<String> late = Respondents.post(app, halfway, quiz + "/kirim", draft,
                    Respondents.form("q-materi", "3"));
            assertEquals(409, late.statusCode());
            assertTrue(late.body().contains("sudah ditutup oleh pelatih"), late.body());
            Http newcomer = app.http();
            HttpResponse<String> refused = newcomer.submit("/masuk", quiz + "/mulai", Map.of("kelompok", "warga"));
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("sudah ditutup oleh pelatih"), refused.body());
            assertTrue(newcomer.get(quiz).body().contains("sudah ditutup oleh pelatih"),
                    "the questionnaire's page says it is closed before anyone tries");
            assertTrue(page(BASE).contains("3 tanggapan."), "nothing was added");
        } finally {
            assertEquals(303, trainer.submit(BASE, BASE + "/tutup", Map.of("tutup", "0")).statusCode());
        }
        assertTrue(page(BASE).contains("Masih menerima jawaban."));
    }

    @Test
    void the_printable_report_has_no_site_navigation_and_shows_the_tables() {
        String html = page(BASE + "/cetak?kelompok=warga");
        assertFalse(html.contains("class=\"site\""), "no site header or footer");
        assertTrue(html.contains("Warga"), html);
        assertTrue(html.contains("<table class=\"data\">"), html);
        assertFalse(html.contains("<details"), "on paper nothing is folded away");
        assertTrue(html.contains("2 tanggapan."), html);
    }

    @Test
    void the_list_shows_each_quiz_with_its_number_of_answers() {
        String html = page("/dasbor");
        assertTrue(html.contains("3 jawaban terkirim"), html);
        assertTrue(html.contains("href=\"/dasbor/prapasca?awal=tes-awal&amp;akhir=tes-akhir\""), html);
        assertEquals(404, trainer.get("/dasbor/tidak-ada").statusCode());
    }
}
