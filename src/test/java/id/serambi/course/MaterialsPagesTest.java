package id.serambi.course;

import id.serambi.support.CourseFixture;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A module's printable materials on a small course: the handout of every lesson, its facilitator
 * guide and its card, the glossary a lesson links to, an image's English twin, and a quiz item that
 * shows a chat message.
 */
class MaterialsPagesTest {
    private static CourseFixture course;
    private static TestApp app;

    @BeforeAll
    static void start() {
        course = CourseFixture.small()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title: { id: Dasar, en: Basics }
                        description: { id: Modul dasar., en: The basic module. }
                        cards: [tiga-tanda]
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                          - quiz: kuis-dasar
                        """)
                .file("modules/02-lanjut.yaml", """
                        id: lanjut
                        title: Lanjut
                        description: Modul yang memakai pelajaran modul dasar.
                        items:
                          - lesson: dasar/02-dua
                        """)
                .lesson("dasar/01-satu", "Pelajaran satu",
                        "Bawa [NIK](glosarium:nik) Anda.\n\n![Alur layanan](../../images/alur.svg)\n")
                .file("content/lessons/dasar/01-satu.en.md", """
                        ---
                        title: Lesson one
                        description: The first lesson.
                        minutes: 5
                        objectives:
                          - Understand the lesson
                        ---
                        Bring your [NIK](glosarium:nik).

                        ![The service flow](../../images/alur.svg)
                        """)
                .bytes("content/images/alur.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Alur</title></svg>".getBytes())
                .bytes("content/images/alur.en.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Flow</title></svg>".getBytes())
                .file("content/glossary.yaml", """
                        terms:
                          - id: nik
                            term: { id: NIK, en: NIK }
                            definition:
                              id: Nomor Induk Kependudukan, 16 angka.
                              en: The population identity number, 16 digits.
                          - id: kelurahan
                            term: Kelurahan
                            definition: Satuan pemerintahan terkecil di kota.
                          - id: pungli
                            term: { id: Pungutan liar, en: Illegal levy }
                            definition: { id: Biaya yang diminta tanpa dasar aturan., en: A fee asked without a rule behind it. }
                        """)
                .file("content/guides/dasar.md", """
                        ---
                        title: Panduan fasilitator modul dasar
                        description: Cara menjalankan modul dasar di ruangan.
                        minutes: 60
                        ---
                        ## Jalannya sesi

                        | menit | kegiatan |
                        | --- | --- |
                        | 10 | Pembukaan |
                        """)
                .file("content/cards/tiga-tanda.md", """
                        ---
                        title: Tiga tanda pesan palsu
                        description: Untuk ditempel di meja layanan.
                        sources:
                          - Kominfo (2023)
                        ---
                        1. Meminta kode OTP.
                        """)
                .file("quizzes/kuis-dasar.yaml", """
                        kind: quiz
                        title: Kuis dasar
                        questions:
                          - id: pesan
                            type: single
                            objective: dasar/01-satu#1
                            prompt: Apa yang Anda lakukan dengan pesan ini?
                            image: { file: alur.svg, alt: { id: Alur layanan, en: The service flow } }
                            message:
                              sender: "+62 812-0000-1111"
                              text: { id: "Bansos Anda cair <hari ini>", en: "Your aid is paid today" }
                              link: "http://bansos.example"
                              attachment: Formulir.apk
                            choices:
                              - { id: a, text: Hapus dan laporkan, correct: true }
                              - id: b
                                text: Balas
                                message: { sender: Saya, text: "Kirim kodenya ya" }
                          - id: dua
                            type: truefalse
                            objective: dasar/02-dua#1
                            prompt: Pelajaran dua sudah dibaca.
                            answer: true
                        """);
        app = TestApp.start(course.root());
    }

    @AfterAll
    static void stop() {
        app.close();
        course.close();
    }

    @Test
    void a_lesson_links_a_term_to_the_glossary_which_lists_every_term_at_its_anchor() {
        String lesson = app.http().get("/modul/dasar/01-satu").body();
        assertTrue(lesson.contains("href=\"/glosarium#nik\""), lesson);
        String glossary = app.http().get("/glosarium").body();
        assertTrue(glossary.contains("<dt id=\"nik\">NIK</dt>"), glossary);
        assertTrue(glossary.indexOf("id=\"kelurahan\"") < glossary.indexOf("id=\"nik\""), "alphabetical");
        assertTrue(glossary.contains("Nomor Induk Kependudukan, 16 angka."));
        Http english = app.http();
        english.get("/bahasa/en");
        String inEnglish = english.get("/glosarium").body();
        assertTrue(inEnglish.contains("The population identity number, 16 digits."));
        assertTrue(glossary.indexOf("id=\"nik\"") < glossary.indexOf("id=\"pungli\""), "Pungutan liar after NIK");
        assertTrue(inEnglish.indexOf("id=\"pungli\"") < inEnglish.indexOf("id=\"kelurahan\""),
                "in English, Illegal levy comes before Kelurahan: the order of the page's language");
    }

    @Test
    void the_english_lesson_shows_the_english_twin_of_an_image() {
        assertTrue(app.http().get("/modul/dasar/01-satu").body().contains("src=\"/media/images/alur.svg\""));
        Http english = app.http();
        english.get("/bahasa/en");
        String body = english.get("/modul/dasar/01-satu").body();
        assertTrue(body.contains("src=\"/media/images/alur.en.svg\""), body);
        assertEquals(200, english.get("/media/images/alur.en.svg").statusCode());
    }

    @Test
    void a_shared_lesson_opens_in_each_module_that_lists_it_and_counts_once_done() {
        Http http = app.http();
        assertEquals(200, http.get("/modul/lanjut/02-dua").statusCode());
        HttpResponse<String> done = http.submit("/modul/lanjut/02-dua", "/modul/lanjut/02-dua/selesai",
                java.util.Map.of("done", "1"));
        assertEquals(303, done.statusCode());
        assertTrue(http.get("/modul/lanjut").body().contains("1 dari 1 langkah selesai"));
        assertTrue(http.get("/modul/dasar").body().contains("1 dari 3 langkah selesai"),
                "the same lesson is done in the module that shares it");
    }

    @Test
    void the_module_page_offers_its_handout_card_and_guide() {
        String module = app.http().get("/modul/dasar").body();
        assertTrue(module.contains("href=\"/modul/dasar/cetak\""), module);
        assertTrue(module.contains("href=\"/kartu/tiga-tanda\""));
        assertTrue(module.contains("href=\"/panduan/dasar\""));
        assertFalse(app.http().get("/modul/lanjut").body().contains("/panduan/lanjut"), "no guide, no link");
    }

    @Test
    void the_handout_holds_every_lesson_of_the_module_in_order() {
        String handout = app.http().get("/modul/dasar/cetak").body();
        int one = handout.indexOf("Pelajaran satu</h2>");
        int two = handout.indexOf("Pelajaran dua</h2>");
        assertTrue(one > 0 && two > one, handout);
        assertTrue(handout.contains("Semua 2 pelajaran modul ini"));
        assertTrue(handout.contains("data-print"));
        assertEquals(404, app.http().get("/modul/tidak-ada/cetak").statusCode());
    }

    @Test
    void a_guide_and_a_card_are_pages_of_their_own_with_their_module_and_sources() {
        String guide = app.http().get("/panduan/dasar").body();
        assertTrue(guide.contains("<h1>Panduan fasilitator modul dasar</h1>"), guide);
        assertTrue(guide.contains("60 menit"));
        assertTrue(guide.contains("<td>Pembukaan</td>"));
        assertTrue(guide.contains("href=\"/modul/dasar\""));
        String card = app.http().get("/kartu/tiga-tanda").body();
        assertTrue(card.contains("<h1>Tiga tanda pesan palsu</h1>"), card);
        assertTrue(card.contains("Kominfo (2023)"));
        assertEquals(404, app.http().get("/panduan/tidak-ada").statusCode());
        assertEquals(404, app.http().get("/kartu/tidak-ada").statusCode());
        Http english = app.http();
        english.get("/bahasa/en");
        assertTrue(english.get("/kartu/tiga-tanda").body().contains("not yet available in English"));
    }

    @Test
    void a_quiz_item_shows_the_message_that_arrives_and_an_option_its_own_message_escaped() {
        Http http = app.http();
        assertEquals(303, http.submit("/kuis/kuis-dasar", "/kuis/kuis-dasar/mulai", java.util.Map.of()).statusCode());
        String page = http.get("/kuis/kuis-dasar/isi").body();
        assertTrue(page.contains("+62 812-0000-1111"), page);
        assertTrue(page.contains("Bansos Anda cair &lt;hari ini&gt;"), "the text is escaped");
        assertTrue(page.contains("http://bansos.example"));
        assertFalse(page.contains("href=\"http://bansos.example\""), "a link in a message is shown, never opened");
        assertTrue(page.contains("Formulir.apk"));
        assertTrue(page.contains("Kirim kodenya ya"), "an option's own message");
        assertTrue(page.contains("src=\"/media/images/alur.svg\" alt=\"Alur layanan\""));
    }
}
