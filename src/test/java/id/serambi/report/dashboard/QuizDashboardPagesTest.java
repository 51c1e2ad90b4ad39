package id.serambi.report.dashboard;

import id.serambi.account.Role;
import id.serambi.support.CourseFixture;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz's dashboard and the pre/post page over HTTP, on a course with two four-question tests
 * (true/false, every answer "benar", 1 point each, pass mark 50) taken through the real quiz pages.
 *
 * <pre>
 *            pre-test (uji-awal)     post-test (uji-akhir), highest attempt counts
 * A          t1 t2       = 50%       first 2 of 4 = 50%, then all 4 = 100%
 * B          none        =  0%       t1 t2       = 50%
 * C          all four    = 100%      t1 t3       = 50%
 * D          t1          = 25%       (no post-test)
 * </pre>
 */
class QuizDashboardPagesTest {
    private static CourseFixture course;
    private static TestApp app;
    private static Http a;
    private static Http trainer;

    @BeforeAll
    static void start() {
        course = CourseFixture.small()
                .file("quizzes/uji-awal.yaml", test("Tes awal uji", 1))
                .file("quizzes/uji-akhir.yaml", test("Tes akhir uji", 0))
                .file("quizzes/angket.yaml", Respondents.ANGKET);
        app = TestApp.start(course.root());
        trainer = app.loggedIn(Role.TRAINER);
        a = app.http();
        Http b = app.http();
        Http c = app.http();
        Http d = app.http();
        Respondents.send(app, a, "angket", "aparat", Respondents.form("q-puas", "4"));
        Respondents.send(app, a, "uji-awal", null, right("t1", "t2"));
        Respondents.send(app, b, "uji-awal", null, right());
        Respondents.send(app, c, "uji-awal", null, right("t1", "t2", "t3", "t4"));
        Respondents.send(app, d, "uji-awal", null, right("t1"));
        Respondents.send(app, a, "uji-akhir", null, right("t1", "t2"));
        Respondents.send(app, a, "uji-akhir", null, right("t1", "t2", "t3", "t4"));
        Respondents.send(app, b, "uji-akhir", null, right("t1", "t2"));
        Respondents.send(app, c, "uji-akhir", null, right("t1", "t3"));
    }

    @AfterAll
    static void stop() {
        app.close();
        course.close();
    }

    /** Four true/false questions t1-t4 whose answer is true; {@code attempts} 0 allows any number. */
    private static String test(String title, int attempts) {
        StringBuilder q = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            q.append("  - id: t").append(i).append("\n    type: truefalse\n    prompt: { id: Pernyataan ")
                    .append(i).append(" benar., en: Statement ").append(i).append(" is true. }\n    answer: true\n");
        }
        return "kind: quiz\ntitle: { id: " + title + ", en: " + title + " }\npass: 50\nattempts: " + attempts
                + "\ngrading: highest\nquestions:\n" + q;
    }

    /** Answers every question: those named right ("benar"), the others wrong. */
    private static List<String[]> right(String... ids) {
        List<String[]> form = new ArrayList<>();
        List<String> good = List.of(ids);
        for (int i = 1; i <= 4; i++) {
            form.add(new String[]{"q-t" + i, good.contains("t" + i) ? "benar" : "salah"});
        }
        return form;
    }

    private static String page(String path) {
        HttpResponse<String> r = trainer.get(path);
        assertEquals(200, r.statusCode(), r.body());
        // cells are compared by their text; the column name each carries for phones is checked on its own
        return r.body().replaceAll(" data-label=\"[^\"]*\"", "");
    }

    @Test
    void the_quiz_dashboard_counts_the_highest_attempt_of_each_participant() {
        String html = page("/dasbor/uji-akhir");
        // counting: A 100, B 50, C 50 -> mean 66.7, median 50, all three reach the pass mark of 50
        assertTrue(html.contains("3 peserta dari 4 percobaan"), html);
        assertTrue(html.contains("<dd>66,7%</dd>"), html);
        assertTrue(html.contains("<dd>50,0%</dd>"), html);
        assertTrue(html.contains("<dd>100,0%</dd>"), html);
        assertTrue(html.contains("<td>50–59</td><td>2</td>"), "two participants in the 50-59 band");
        assertTrue(html.contains("<td>90–100</td><td>1</td>"), html);
    }

    @Test
    void item_analysis_shows_moodles_figures_worked_out_by_hand() {
        String html = page("/dasbor/uji-akhir");
        // marks per item over A, B, C: t1 [1,1,1] t2 [1,1,0] t3 [1,0,1] t4 [1,0,0]; totals [4,2,2].
        // Columns: no., question, attempts, facility, band, SD, random guess, discrimination,
        // efficiency, worth checking. True/false: random guess 50. Three attempts are too few to
        // flag anything, so every item says so instead.
        String few = "terlalu sedikit percobaan untuk menilai kesulitannya; "
                + "terlalu sedikit percobaan untuk menilai daya bedanya";
        // t1: facility 100 (amat mudah), no variance: SD 0, no discrimination, no efficiency
        assertTrue(html.contains("<td>Pernyataan 1 benar.</td><td>3</td><td>100,0</td><td>amat mudah</td><td>0,0</td>"
                + "<td>50,0</td><td>–</td><td>–</td><td>" + few + "</td>"), html);
        // t2: facility 2/3 = 66.7 (agak mudah); mean 2/3, squares 1/9 + 1/9 + 4/9 = 2/3, variance 1/3,
        // SD .5774 -> 57.7; rest of test [3,1,2], deviations [1/3,1/3,-2/3] x [1,-1,0] sum to 0:
        // discrimination 0, efficiency 0 / (sorted: -2/3 x -1 + 1/3 x 0 + 1/3 x 1 = 1) = 0
        assertTrue(html.contains("<td>Pernyataan 2 benar.</td><td>3</td><td>66,7</td><td>agak mudah</td><td>57,7</td>"
                + "<td>50,0</td><td>0,0</td><td>0,0</td><td>" + few + "</td>"), html);
        // t4: facility 33.3 (agak sulit); rest [3,2,2] moves exactly with [1,0,0]: discrimination and efficiency 100
        assertTrue(html.contains("<td>Pernyataan 4 benar.</td><td>3</td><td>33,3</td><td>agak sulit</td><td>57,7</td>"
                + "<td>50,0</td><td>100,0</td><td>100,0</td><td>" + few + "</td>"), html);
        // alpha = k/(k-1) (1 - sum of item variances / variance of totals) = 4/3 (1 - (0+1/3+1/3+1/3) / (4/3)) = 1/3
        assertTrue(html.contains("(alfa Cronbach): 0,33"), html);
        assertTrue(html.contains("Terlalu sedikit percobaan untuk menilai keandalan: perlu minimal 50, baru ada 3."), html);
        // scores 100 50 50: mean 66.67, squares 1111.1 + 277.8 + 277.8 = 1666.7, variance 833.3, SD 28.87;
        // SEM = 28.87 x sqrt(1 - 1/3) = 28.87 x .8165 = 23.57
        assertTrue(html.contains("<dd>28,9%</dd>"), html);
        assertTrue(html.contains("Galat baku pengukuran: 23,6 poin persen"), html);
        assertTrue(html.contains("Baru 3 percobaan"), html);
    }

    @Test
    void the_spreadsheet_has_the_same_figures_as_numbers() throws Exception {
        HttpResponse<byte[]> r = trainer.getBytes("/dasbor/uji-akhir/ringkasan.xlsx");
        assertEquals(200, r.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(r.body()))) {
            org.apache.poi.ss.usermodel.Row t2 = row(wb, "Pernyataan 2 benar.");
            assertEquals(3, t2.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(66.7, t2.getCell(3).getNumericCellValue(), 0.05);
            assertEquals("agak mudah", t2.getCell(4).getStringCellValue());
            assertEquals(57.7, t2.getCell(5).getNumericCellValue(), 0.05);
            assertEquals(50, t2.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(0, t2.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(0, t2.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(28.9, row(wb, "Simpangan baku nilai").getCell(1).getNumericCellValue(), 0.05);
            assertEquals(23.6, row(wb, "Galat baku pengukuran").getCell(1).getNumericCellValue(), 0.05);
        }
    }

    /** The first row of any sheet whose first or second cell reads {@code text}. */
    private static org.apache.poi.ss.usermodel.Row row(org.apache.poi.ss.usermodel.Workbook wb, String text) {
        for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (int c = 0; c < 2; c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals(text)) {
                        return row;
                    }
                }
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void the_group_of_a_quiz_taker_comes_from_the_questionnaire_they_filled() {
        String html = page("/dasbor/uji-akhir?kelompok=aparat");
        assertTrue(html.contains("1 peserta dari 2 percobaan"), "only A said aparat: " + html);
        assertTrue(page("/dasbor/uji-akhir?kelompok=warga").contains("0 peserta dari 0 percobaan"));
    }

    @Test
    void the_pre_post_page_gives_the_class_gain_and_the_mean_of_individual_gains() {
        String html = page("/dasbor/prapasca?awal=uji-awal&akhir=uji-akhir");
        // pairs A, B, C (D took no post-test); pre mean (50+0+100)/3 = 50, post mean (100+50+50)/3 = 66.7
        assertTrue(html.contains("<dd>3</dd>"), html);
        assertTrue(html.contains("<dd>50,0%</dd>") && html.contains("<dd>66,7%</dd>"), html);
        // <g> = (66.67 - 50) / (100 - 50) = 0.33: medium
        assertTrue(html.contains("<span>0,33</span> <small>sedang</small>"), html);
        // individual: A (100-50)/50 = 1, B 50/100 = 0.5, C undefined (pre 100); mean (1 + 0.5) / 2 = 0.75: high
        assertTrue(html.contains("<span>0,75</span> <small>tinggi</small>"), html);
        assertTrue(html.contains("1 peserta sudah mendapat 100 di tes awal"), html);
        assertTrue(html.contains("<td>tidak terdefinisi</td>"), html);
    }

    @Test
    void the_same_test_twice_asks_for_two_different_tests() {
        String html = page("/dasbor/prapasca?awal=uji-awal&akhir=uji-awal");
        assertTrue(html.contains("pilih dua tes yang berbeda"), html);
    }

    @Test
    void the_quiz_exports_list_every_attempt_and_the_item_analysis() throws Exception {
        HttpResponse<byte[]> csv = trainer.getBytes("/dasbor/uji-akhir/jawaban.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1 + 4, text.split("\r\n").length, "the header and four attempts: " + text);
        assertTrue(text.contains(",100.0,1.00,1.00,1.00,1.00"), text);
        assertTrue(java.util.regex.Pattern.compile("\r\np-[0-9a-f]{12},").matcher(text).find(), text);
        assertTrue(!text.contains(a.cookie("serambi_pelajar")), "a learner's cookie never travels in an export");
    }

    @Test
    void each_cell_of_the_item_table_carries_its_column_name_for_a_phone() {
        String html = trainer.get("/dasbor/uji-akhir").body();
        assertTrue(html.contains("<td data-label=\"Kemudahan (%)\">"), html);
        assertTrue(html.contains("<div class=\"data-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Analisis soal\">"),
                "a wide table scrolls in a box of its own, which a keyboard can reach: " + html);
    }
}
