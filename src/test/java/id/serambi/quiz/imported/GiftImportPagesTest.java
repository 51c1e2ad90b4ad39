package id.serambi.quiz.imported;

import id.serambi.account.Role;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.gift.GiftParser;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GIFT import page over HTTP, as a browser without JavaScript uses it: check, preview, save, delete. */
class GiftImportPagesTest {
    private static final Messages MESSAGES = new Messages();
    static final String GIFT = """
            $CATEGORY: $course$/top/Kuis Pelayanan Desa

            ::sapaan::Salam pembuka yang sopan di WhatsApp kantor? {
            \t=Selamat pagi, ada yang bisa kami bantu?
            \t~Apa?
            }

            ::jam::Kantor kelurahan buka hari Minggu. {FALSE}

            ::kategori::Kategori akun Instagram kantor kelurahan? {=Organisasi Pemerintah =pemerintah}
            """;
    private TestApp app;
    private Http http;

    @BeforeEach
    void start() {
        app = TestApp.start();
        http = app.loggedIn(Role.TRAINER);
        http.setCookie("serambi_bahasa", "id");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> upload(String fileName, byte[] bytes) {
        return http.submitMultipart("/kuis/impor", "/kuis/impor", Map.of(), GiftController.FILE, fileName, bytes);
    }

    private HttpResponse<String> paste(String text) {
        return http.submitMultipart("/kuis/impor", "/kuis/impor", Map.of(GiftController.TEXT, text), null, null, null);
    }

    /** Presses Save on a preview page, sending back what its hidden fields hold. */
    private HttpResponse<String> save(HttpResponse<String> preview) {
        assertEquals(200, preview.statusCode(), preview.body());
        return http.submitMultipart("/kuis/impor", "/kuis/impor/simpan",
                Map.of(GiftController.TEXT, hidden(preview.body(), "teks"), GiftController.NAME,
                        hidden(preview.body(), "nama")), null, null, null);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden field " + name);
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private int importedCount() {
        return new ImportedQuizStore(app.database().jdbi()).entries().size();
    }

    @Test
    void a_good_file_is_previewed_saved_listed_and_can_be_taken() {
        HttpResponse<String> preview = upload("kuis-desa.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.body().contains("Kuis Pelayanan Desa"), preview.body());
        assertTrue(preview.body().contains("1 pilihan tunggal"));
        assertTrue(preview.body().contains("1 benar/salah"));
        assertTrue(preview.body().contains("1 jawaban singkat"));
        assertTrue(preview.body().contains("/kuis/kuis-desa"));
        assertEquals(0, importedCount(), "a preview saves nothing");

        HttpResponse<String> saved = save(preview);
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/kuis/kuis-desa", saved.headers().firstValue("Location").orElseThrow());
        assertTrue(http.get("/kuis").body().contains("Kuis Pelayanan Desa"), "the quiz list shows it");
        assertTrue(http.get("/kuis/impor").body().contains("Kuis Pelayanan Desa"), "the import page lists it");

        assertEquals(303, http.submit("/kuis/kuis-desa", "/kuis/kuis-desa/mulai", Map.of()).statusCode());
        String take = http.get("/kuis/kuis-desa/isi").body();
        HttpResponse<String> sent = http.submit("/kuis/kuis-desa/isi", "/kuis/kuis-desa/kirim",
                Map.of("percobaan", hidden(take, "percobaan"), "soal", "sapaan", "q-sapaan", "a"));
        assertEquals(303, sent.statusCode(), sent.body());
        AttemptRow attempt = new QuizStore(app.database().jdbi()).attempts(http.cookie("serambi_pelajar"), "kuis-desa")
                .get(0);
        // one right single choice of three questions worth 1 point each
        assertEquals(1.0, attempt.score().orElseThrow());
        assertEquals(3.0, attempt.maxScore().orElseThrow());
    }

    @Test
    void a_description_shows_as_a_text_block_and_an_html_prompt_as_cleaned_html() {
        String gift = """
                $CATEGORY: $course$/top/Kuis Berformat

                ::pembuka::[html]<p>Bagian ini tentang <b>WhatsApp</b>.</p><script>alert('x')</script>

                ::tebal::[html]Mana kanal <em>resmi</em>?<img src="http\\://luar.id/a.png" onerror="alert(1)">{
                \t=WhatsApp kantor
                \t~Nomor pribadi
                }

                ::polos::[plain]Tag <b> tampil apa adanya. {T}
                """;
        HttpResponse<String> preview = upload("berformat.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.body().contains("1 keterangan (tanpa jawaban)"), preview.body());
        assertEquals(303, save(preview).statusCode());
        assertEquals(303, http.submit("/kuis/berformat", "/kuis/berformat/mulai", Map.of()).statusCode());
        HttpResponse<String> page = http.get("/kuis/berformat/isi");
        assertEquals(200, page.statusCode(), page.headers().map() + page.body());
        String take = page.body();
        assertTrue(take.contains("<p>Bagian ini tentang <b>WhatsApp</b>.</p>"), take);
        assertTrue(take.contains("Mana kanal <em>resmi</em>?"), take);
        assertFalse(take.contains("alert("), "scripts and event handlers are dropped");
        assertFalse(take.contains("luar.id"), "nothing is loaded from elsewhere");
        assertTrue(take.contains("Tag &lt;b&gt; tampil apa adanya."), "a plain prompt is escaped");
        assertFalse(take.contains("name=\"soal\" value=\"pembuka\""), "a description asks nothing");
        assertTrue(take.contains("2 pertanyaan belum dijawab"), "the description is not counted: " + take);
    }

    @Test
    void pasted_text_gets_its_id_from_the_category_and_a_second_save_of_it_changes_nothing() {
        HttpResponse<String> preview = paste(GIFT);
        HttpResponse<String> first = save(preview);
        HttpResponse<String> again = save(preview);
        assertEquals("/kuis/kuis-pelayanan-desa", first.headers().firstValue("Location").orElseThrow());
        assertEquals("/kuis/kuis-pelayanan-desa", again.headers().firstValue("Location").orElseThrow());
        assertEquals(1, importedCount());
    }

    @Test
    void a_file_with_mistakes_lists_each_at_its_line_and_saves_nothing() {
        String gift = """
                ::a::Soal pertama {=benar ~salah}

                ::b::Soal kedua tanpa penutup {=benar ~salah

                ::c::Soal ketiga {=benar ~salah}
                """;
        HttpResponse<String> r = upload("rusak.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        String expected = MESSAGES.get(Lang.ID, "quiz.import.line", 3,
                MESSAGES.get(Lang.ID, "quiz.gift.brace.unclosed", "{", "}"));
        assertTrue(r.body().contains(html(expected)), r.body());
        assertTrue(r.body().contains("Soal kedua tanpa penutup"), "the text is kept in the box to be corrected");
        assertEquals(0, importedCount());

        http.setCookie("serambi_bahasa", "en");
        HttpResponse<String> english = upload("rusak.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertTrue(english.body().contains(">line 3: "), "problems are in the reader's language");
    }

    @Test
    void a_windows_1252_or_utf16_file_is_refused_with_how_to_save_it_as_utf8() {
        byte[] ansi = "::a::Apa itu kafé? {=tempat minum ~kantor}\n".getBytes(Charset.forName("windows-1252"));
        HttpResponse<String> r = upload("ansi.gift", ansi);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains(html(MESSAGES.get(Lang.ID, "quiz.import.line", 1,
                MESSAGES.get(Lang.ID, "quiz.gift.encoding.invalid", "E9", "é")))), r.body());

        byte[] utf16 = "::a::Soal {=ya ~tidak}\n".getBytes(StandardCharsets.UTF_16);
        HttpResponse<String> wide = upload("unicode.gift", utf16);
        assertEquals(422, wide.statusCode());
        assertTrue(wide.body().contains(html(MESSAGES.get(Lang.ID, "quiz.gift.encoding.utf16"))));
        assertEquals(0, importedCount());
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_a_message() {
        byte[] big = ("// " + "x".repeat(ImportedQuizzes.MAX_BYTES) + "\n\n::a::Soal {=ya ~tidak}\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload("besar.gift", big);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains(html(MESSAGES.get(Lang.ID, "quiz.import.toolarge", 513, 512))), r.body());

        HttpResponse<String> pasted = paste(new String(big, StandardCharsets.UTF_8));
        assertEquals(413, pasted.statusCode());

        byte[] huge = new byte[ImportedQuizzes.MAX_BYTES * 3];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> unread = upload("sangat-besar.gift", huge);
        assertEquals(413, unread.statusCode(), "a request over the server's 1 MB limit is refused unread");
        assertTrue(unread.body().contains(html(MESSAGES.get(Lang.ID, "error.toolarge.text", 1))), unread.body());
        assertEquals(0, importedCount());
    }

    @Test
    void a_file_named_like_a_bundled_quiz_is_saved_under_another_id() {
        HttpResponse<String> preview = upload("tes-awal.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.body().contains(html(MESSAGES.get(Lang.ID, "quiz.import.preview.renamed",
                "tes-awal", "tes-awal-2"))), preview.body());
        assertEquals("/kuis/tes-awal-2", save(preview).headers().firstValue("Location").orElseThrow());
        String bundledPage = http.get("/kuis/tes-awal").body();
        assertTrue(bundledPage.contains("Tes awal"), bundledPage);
        assertTrue(http.get("/kuis/tes-awal-2").body().contains("Kuis Pelayanan Desa"));

        HttpResponse<String> page = upload("impor.gift", GIFT.getBytes(StandardCharsets.UTF_8));
        assertTrue(page.body().contains("/kuis/impor-2"), "the import page's own address is never a quiz id");
    }

    @Test
    void an_imported_quiz_can_be_deleted_but_a_bundled_one_cannot() {
        save(upload("kuis-desa.gift", GIFT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(303, http.submit("/kuis/kuis-desa", "/kuis/kuis-desa/mulai", Map.of()).statusCode());

        HttpResponse<String> deleted = http.submit("/kuis/impor", "/kuis/impor/hapus", Map.of("kuis", "kuis-desa"));
        assertEquals(303, deleted.statusCode());
        assertEquals(404, http.get("/kuis/kuis-desa").statusCode());
        assertFalse(http.get("/kuis").body().contains("Kuis Pelayanan Desa"));
        assertEquals(1, new QuizStore(app.database().jdbi()).attempts(http.cookie("serambi_pelajar"), "kuis-desa")
                .size(), "its attempts stay for the reports");
        String again = save(upload("kuis-desa.gift", GIFT.getBytes(StandardCharsets.UTF_8)))
                .headers().firstValue("Location").orElseThrow();
        assertEquals("/kuis/kuis-desa-2", again, "an id with attempts is not given to another quiz");

        HttpResponse<String> bundled = http.submit("/kuis/impor", "/kuis/impor/hapus", Map.of("kuis", "tes-awal"));
        assertEquals(409, bundled.statusCode());
        assertTrue(bundled.body().contains(html(MESSAGES.get(Lang.ID, "quiz.import.delete.bundled"))));
        assertEquals(200, http.get("/kuis/tes-awal").statusCode());
        assertEquals(404, http.submit("/kuis/impor", "/kuis/impor/hapus", Map.of("kuis", "tidak-ada")).statusCode());
    }

    @Test
    void any_quiz_downloads_as_gift_that_reads_back_with_the_same_questions() {
        Quiz bundled = app.quizzes().find("kuis-media-sosial").orElseThrow();
        assertTrue(http.get("/kuis/kuis-media-sosial").body().contains("href=\"/kuis/kuis-media-sosial/kuis.gift\""),
                "the quiz page links to its download");
        HttpResponse<String> r = http.get("/kuis/kuis-media-sosial/kuis.gift");
        assertEquals(200, r.statusCode());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("attachment; filename=\"kuis-media-sosial.gift\"",
                r.headers().firstValue("Content-Disposition").orElseThrow());
        Quiz back = new GiftParser().parse("kuis-media-sosial.gift", r.body()).quiz().orElseThrow();
        assertEquals(bundled.questions().stream().map(Question::id).toList(),
                back.questions().stream().map(Question::id).toList());
        assertEquals(bundled.questions().stream().map(q -> q.getClass().getSimpleName()).toList(),
                back.questions().stream().map(q -> q.getClass().getSimpleName()).toList());

        for (String id : List.of("kuis-media-sosial", "tes-akhir", "evaluasi-pelatihan", "skm")) {
            HttpResponse<String> exported = http.get("/kuis/" + id + "/kuis.gift");
            HttpResponse<String> preview = upload(id + "-ekspor.gift", exported.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(200, preview.statusCode(), id + ": " + preview.body());
            assertTrue(preview.body().contains("File ini terbaca tanpa masalah"), id + " imports back: " + preview.body());
        }

        HttpResponse<String> survey = http.get("/kuis/skm/kuis.gift");
        assertEquals(200, survey.statusCode());
        assertTrue(new GiftParser().parse("skm.gift", survey.body()).ok(), "a questionnaire exports too");
        assertEquals(404, http.get("/kuis/tidak-ada/kuis.gift").statusCode());
    }

    @Test
    void importing_and_downloading_quizzes_is_for_trainers_only() {
        Http learner = app.loggedIn(Role.LEARNER);
        assertEquals(403, learner.get("/kuis/kuis-media-sosial/kuis.gift").statusCode(), "the file holds the answers");
        assertEquals(403, learner.get("/kuis/impor").statusCode());
        Http stranger = app.http();
        assertEquals(303, stranger.get("/kuis/impor").statusCode());
        assertEquals(404, stranger.submit("/masuk", "/kuis/impor/hapus", Map.of("kuis", "tes-awal")).statusCode());
        assertEquals(200, http.get("/kuis/tes-awal").statusCode(), "nothing was deleted");
    }
}
