package id.serambi.gates;

import id.serambi.support.Http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.serambi.gates.QuizSteps.*;
import static id.serambi.gates.WorkshopSteps.*;

/**
 * Pages that the quality gates cannot reach by following links from the home page, because they
 * need state first (a lesson marked done, a finished course) or are error pages. Every page here is
 * checked in both languages like the crawled ones: valid HTML, accessibility at desktop and phone
 * size, no request to another host, weight, security headers.
 *
 * <p>A feature that adds such a page adds one line here. The setup gets a fresh visitor (its own
 * cookies, language already chosen) and must leave that visitor where the page can be seen.
 */
public final class GatePages {
    /** The module of the bundled course and its lessons, in order. */
    static final String MODULE = "/modul/media-sosial";
    static final List<String> LESSONS = List.of(
            MODULE + "/01-apa-itu-media-sosial",
            MODULE + "/02-mengapa-kelurahan-perlu-media-sosial",
            MODULE + "/08-pemerintahan-elektronik-sebelum-pandemi",
            MODULE + "/03-memilih-saluran-media-sosial",
            MODULE + "/04-kriteria-pelayanan-publik-yang-baik",
            MODULE + "/05-layanan-whatsapp-kelurahan-madatte",
            MODULE + "/07-dua-tujuan-pendampingan-madatte");

    /**
     * The cookies by which the server knows a visitor: the browser gets these from the setup's
     * client before it opens a page. A feature that adds one (a login session, a workshop seat) adds
     * its name here.
     */
    static final List<String> VISITOR_COOKIES = List.of("serambi_bahasa", "serambi_pelajar", "serambi_csrf",
            "serambi_peserta", "serambi_sesi", "serambi_jalur");

    /** A page to check: a name for failure messages, what to do first, where it is, what it answers. */
    public record GatePage(String name, Consumer<Http> setup, String path, int expectedStatus,
                           Function<Http, String> resolve) {
        public GatePage(String name, Consumer<Http> setup, String path, int expectedStatus) {
            this(name, setup, path, expectedStatus, http -> path);
        }

        /** The page's address once the setup has run: a page with a generated id finds it from the visitor. */
        public String where(Http visitor) {
            return resolve.apply(visitor);
        }
    }

    private static final Consumer<Http> NOTHING = http -> { };

    static List<GatePage> all() {
        String first = LESSONS.get(0);
        return List.of(
                new GatePage("lesson after marking it done", markDone(first), first, 200),
                new GatePage("module page with a lesson done", markDone(first), MODULE, 200),
                new GatePage("home page with a lesson done", markDone(first), "/", 200),
                new GatePage("home page with every lesson done", markDone(LESSONS.toArray(String[]::new)), "/", 200),
                new GatePage("last lesson, done", markDone(LESSONS.get(LESSONS.size() - 1)),
                        LESSONS.get(LESSONS.size() - 1), 200),
                new GatePage("404 page for an unknown lesson", NOTHING, MODULE + "/99-tidak-ada", 404),
                // printable materials and the glossary
                new GatePage("a module's handout", NOTHING, MODULE + "/cetak", 200),
                new GatePage("a facilitator guide", NOTHING, "/panduan/literasi-digital", 200),
                new GatePage("the six-day programme", NOTHING, "/panduan/program-enam-hari", 200),
                new GatePage("a quick-reference card", NOTHING, "/kartu/lima-tanda-penipuan", 200),
                new GatePage("the glossary", NOTHING, "/glosarium", 200),
                new GatePage("a lesson with glossary links", NOTHING, "/modul/layanan-warga/03-yang-tidak-pernah-diminta-kantor", 200),
                new GatePage("404 page for an unknown address", NOTHING, "/tidak/ada?x=1", 404),
                // Learning paths: the home page's path chosen, a checklist, a design task, a shared design
                new GatePage("home page with the citizens' path chosen", path("warga"), "/", 200),
                new GatePage("home page with the trainers' path, which has no module of its own", path("pelatih"),
                        "/", 200),
                new GatePage("checklist with a step ticked", tick("pesan-salam"), CHECKLIST, 200),
                new GatePage("checklist with every step ticked", tick(CHECKLIST_STEPS), CHECKLIST, 200),
                new GatePage("design task without a design", NOTHING, DESIGN_TASK, 200),
                new GatePage("design task after a check that fails", designTask(false), DESIGN_TASK + "?desain={menu}",
                        200, http -> DESIGN_TASK + "?desain=" + designed(http).substring("/desainer/".length())),
                new GatePage("design task after a check that passes", designTask(true), DESIGN_TASK + "?desain={menu}",
                        200, http -> DESIGN_TASK + "?desain=" + designed(http).substring("/desainer/".length())),
                new GatePage("module page with the checklist and the design task done",
                        tick(CHECKLIST_STEPS).andThen(designTask(true)), MODULE, 200),
                new GatePage("designer edit page with its share link", shared(), "/desainer/{menu}", 200,
                        GatePages::designed),
                new GatePage("simulator on a shared design", shared(), "/simulator/s-{token}",
                        200, GatePages::sharedSimulator),
                // Accounts: the header links to the login page, and the login page to sign-up
                new GatePage("login page", NOTHING, "/masuk", 200),
                new GatePage("sign-up page", NOTHING, "/daftar", 200),
                new GatePage("home page of a logged-in learner", LEARNER, "/", 200),
                new GatePage("home page of a logged-in trainer, with the staff links", TRAINER, "/", 200),
                // WhatsApp simulator
                new GatePage("simulator chat, bot mode, after the menu and an answer",
                        simulator(MADATTE, "kirim", "Halo", "kirim", "Menu", "kirim", "1"), MADATTE, 200),
                new GatePage("simulator chat, app mode, answered with a quick reply",
                        simulator(MADATTE, "mode", "app", "kirim", "Menu", "petugas", "/alamat", "petugas",
                                "Sama-sama, Bu."), MADATTE, 200),
                new GatePage("simulator chat after 14 days and outside office hours",
                        simulator(MADATTE, "kirim", "Halo", "jam", "14-hari", "kirim", "Halo lagi", "jam", "tutup",
                                "kirim", "Masih buka?"), MADATTE, 200),
                new GatePage("simulator chat with a bot list message and a hand-off",
                        simulator(LENGKAP, "kirim", "Menu", "kirim", "6"), LENGKAP, 200),
                new GatePage("operator view with a chat waiting for staff",
                        simulator(LENGKAP, "kirim", "Menu", "kirim", "6"), LENGKAP + "/petugas", 200),
                new GatePage("operator view while staff answer a hand-off",
                        simulator(LENGKAP, "kirim", "Menu", "kirim", "6", "petugas", "Selamat siang"),
                        LENGKAP + "/petugas", 200),
                new GatePage("simulator practice task in progress",
                        simulator(MADATTE, "latihan", "cari-alamat", "kirim", "Menu"), MADATTE, 200),
                new GatePage("simulator practice task reached",
                        simulator(MADATTE, "latihan", "cari-alamat", "kirim", "Menu", "kirim", "1"), MADATTE, 200),
                // Practice heat map and task items
                new GatePage("practice heat map after chats and a task reached",
                        simulator(MADATTE, "kirim", "Menu", "kirim", "2", "latihan", "cari-alamat", "kirim", "Menu",
                                "kirim", "1").andThen(TRAINER), MADATTE + "/peta", 200),
                new GatePage("practice heat map of the full menu with sub-menus",
                        simulator(LENGKAP, "kirim", "Menu", "kirim", "2", "kirim", "2", "latihan", "kk-baru")
                                .andThen(TRAINER), LENGKAP + "/peta", 200),
                new GatePage("module page with a practice task reached",
                        simulator(MADATTE, "latihan", "cari-alamat", "kirim", "Menu", "kirim", "1"), MODULE, 200),
                new GatePage("404 page for an unknown simulator menu", NOTHING, "/simulator/tidak-ada", 404),
                // WhatsApp menu designer
                new GatePage("designer list with a copied menu", designer(), "/desainer", 200),
                new GatePage("designer edit page with a service missing its components",
                        designer("tambah", "", "service"), "/desainer/{menu}", 200, GatePages::designed),
                new GatePage("designer version history after a save",
                        designer("geser", "1", "turun"), "/desainer/{menu}/versi", 200,
                        http -> designed(http) + "/versi"),
                new GatePage("simulator on a designed menu", designer(), "/simulator/d-{menu}", 200,
                        http -> "/simulator/d-" + designed(http).substring("/desainer/".length())),
                new GatePage("designer edit page of the extended menu: lists, buttons, tasks, preview",
                        designerOf("madatte-lengkap"), "/desainer/{menu}", 200, GatePages::designed),
                new GatePage("designer edit page previewing an answer inside a list",
                        designerOf("madatte-lengkap"), "/desainer/{menu}?buka=2.2", 200,
                        http -> designed(http) + "?buka=2.2"),
                // Instagram content planner
                new GatePage("planner list with a plan and the practice tasks", planner(), "/instagram", 200),
                new GatePage("planner plan page with posts, a comment and the profile", planner(), "/instagram/{plan}",
                        200, GatePages::planned),
                new GatePage("planner form of a new post", planner(), "/instagram/{plan}/kiriman/baru", 200,
                        http -> planned(http) + "/kiriman/baru"),
                new GatePage("planner form of a post with findings", planner(), "/instagram/{plan}/kiriman/p1", 200,
                        http -> planned(http) + "/kiriman/p1"),
                new GatePage("planner profile grid as citizens see it", planner(), "/instagram/{plan}/pratinjau", 200,
                        http -> planned(http) + "/pratinjau"),
                new GatePage("planner feed post as citizens see it", planner(), "/instagram/{plan}/pratinjau/p1", 200,
                        http -> planned(http) + "/pratinjau/p1"),
                new GatePage("planner Story as citizens see it", planner(), "/instagram/{plan}/pratinjau/p2", 200,
                        http -> planned(http) + "/pratinjau/p2"),
                new GatePage("planner checks with findings", planner(), "/instagram/{plan}/periksa", 200,
                        http -> planned(http) + "/periksa"),
                new GatePage("planner month calendar", planner(), "/instagram/{plan}/kalender", 200,
                        http -> planned(http) + "/kalender"),
                new GatePage("planner list of posts", planner(), "/instagram/{plan}/daftar", 200,
                        http -> planned(http) + "/daftar"),
                new GatePage("planner printable calendar", planner(), "/instagram/{plan}/cetak", 200,
                        http -> planned(http) + "/cetak"),
                new GatePage("planner task page, not started", NOTHING, "/instagram/tugas/rencana-empat-minggu", 200),
                new GatePage("planner task page, started", plannerTask(), "/instagram/tugas/perbaiki-tiga-pelanggaran", 200),
                new GatePage("404 page for an unknown planner task", NOTHING, "/instagram/tugas/tidak-ada", 404),
                // Quizzes and questionnaires
                new GatePage("quiz questions, one answer checked with its feedback",
                        quiz(QUIZ, Map.of(), Map.of("soal", "kejadian-media-sosial", "q-kejadian-media-sosial", "b",
                                "periksa", "kejadian-media-sosial")), QUIZ + "/isi", 200),
                new GatePage("quiz intro with a draft and a sent attempt",
                        quiz(QUIZ, Map.of(), SEND, Map.of()), QUIZ, 200),
                new GatePage("quiz result after failing", quiz(QUIZ, Map.of(), SEND), QUIZ + "/hasil/{id}", 200,
                        http -> result(http, QUIZ)),
                new GatePage("module page with its quiz passed", passQuiz(), MODULE, 200),
                new GatePage("pre-test result that reveals nothing", drawnQuiz("tes-awal", true),
                        "/kuis/tes-awal/hasil/{id}", 200, http -> result(http, "/kuis/tes-awal")),
                new GatePage("post-test result with its score, the review waiting for the trainer",
                        drawnQuiz("tes-akhir", true, false), "/kuis/tes-akhir/hasil/{id}", 200,
                        http -> result(http, "/kuis/tes-akhir")),
                new GatePage("marking queue with a short answer the key gave no marks",
                        quiz(QUIZ, Map.of(), Map.of("soal", "informasi-ketiga", "q-informasi-ketiga",
                                "papan pengumuman kantor"), SEND).andThen(TRAINER),
                        "/dasbor/kuis-media-sosial/nilai", 200),
                new GatePage("questionnaire questions with a Likert answer and Lainnya",
                        quiz(EVALUATION, Map.of("kelompok", "warga", "kelurahan", "Madatte"),
                                Map.of("soal", "layanan-tambahan", "q-layanan-tambahan", "+lainnya",
                                        "q-layanan-tambahan-lainnya", "SK ahli waris")), EVALUATION + "/isi", 200),
                new GatePage("questionnaire thanks after sending",
                        quiz(EVALUATION, Map.of("kelompok", "aparat"), SEND), EVALUATION + "/hasil/{id}", 200,
                        http -> result(http, EVALUATION)),
                new GatePage("SKM questions", quiz(SKM, Map.of("kelompok", "warga")), SKM + "/isi", 200),
                new GatePage("404 page for an unknown quiz", NOTHING, "/kuis/tidak-ada", 404),
                new GatePage("certificate check of an unknown number", NOTHING, "/sertifikat/QQQQ-QQQQ", 404),
                // GIFT import
                new GatePage("GIFT import page listing an imported quiz", importGift(), "/kuis/impor", 200),
                new GatePage("GIFT import page after deleting an imported quiz", importGift("hapus"),
                        "/kuis/impor?dihapus=1", 200),
                new GatePage("intro of an imported quiz", importGift(), IMPORTED, 200),
                // Dashboards, with answers in them
                new GatePage("questionnaire dashboard with answers", RESULTS, "/dasbor/evaluasi-pelatihan", 200),
                new GatePage("questionnaire dashboard with a hidden answer, filtered to citizens",
                        RESULTS.andThen(hideFirstAnswer()), "/dasbor/evaluasi-pelatihan?kelompok=warga", 200),
                new GatePage("questionnaire dashboard refusing a bad date", RESULTS,
                        "/dasbor/evaluasi-pelatihan?dari=2025-02-30", 400),
                new GatePage("SKM dashboard with the index", RESULTS, "/dasbor/skm", 200),
                new GatePage("quiz dashboard with item analysis", RESULTS, "/dasbor/tes-akhir", 200),
                new GatePage("pre/post page with a pair", RESULTS, "/dasbor/prapasca?awal=tes-awal&akhir=tes-akhir", 200),
                new GatePage("printable questionnaire report", RESULTS, "/dasbor/evaluasi-pelatihan/cetak", 200),
                new GatePage("printable SKM report", RESULTS, "/dasbor/skm/cetak", 200),
                new GatePage("printable quiz report", RESULTS, "/dasbor/tes-akhir/cetak", 200),
                // Workshops
                new GatePage("trainer's workshop list", workshop(false), "/pelatihan", 200),
                new GatePage("new workshop form", TRAINER, "/pelatihan/baru", 200),
                new GatePage("open workshop with its code, QR and a participant", workshop(true), "/pelatihan/?",
                        200, WorkshopSteps::workshopPage),
                new GatePage("join by code", NOTHING, "/ikut", 200),
                new GatePage("join page of an unknown code", NOTHING, "/ikut/QQQQQQ", 422),
                new GatePage("join page of an open workshop: name and group", workshop(false), "/ikut/?", 200,
                        http -> "/ikut/" + joinCode(http)),
                new GatePage("participant waiting for the trainer", workshop(true), "/ikut/?/tunggu", 200,
                        http -> "/ikut/" + joinCode(http) + "/tunggu"),
                new GatePage("participant's certificate not earned", workshop(true), "/ikut/?/sertifikat.pdf", 409,
                        http -> "/ikut/" + joinCode(http) + "/sertifikat.pdf"),
                new GatePage("projector view with the join code and a participant", workshop(true),
                        "/pelatihan/?/layar", 200, http -> WorkshopSteps.workshopPage(http) + "/layar"),
                new GatePage("trainer running the room: an open quiz, progress, results", roomRunning(), "/pelatihan/?",
                        200, WorkshopSteps::workshopPage),
                new GatePage("participant waiting page with the open quiz", roomRunning(), "/ikut/?/tunggu", 200,
                        http -> "/ikut/" + joinCode(http) + "/tunggu"),
                new GatePage("quiz intro for a seat, with the way back to the room", roomRunning(), "/kuis/tes-awal", 200),
                new GatePage("trainer's page with a request to rejoin", rejoinAsked(), "/pelatihan/?", 200,
                        WorkshopSteps::workshopPage),
                new GatePage("second phone waiting for the trainer's approval", rejoinAsked(), "/ikut/?/lagi", 200,
                        http -> "/ikut/" + joinCode(http) + "/lagi"),
                // Scam-and-hoax inbox
                new GatePage("inbox list", NOTHING, "/kotak-masuk", 200),
                new GatePage("inbox chat list with a message judged right and one wrong",
                        inbox("kode-otp", "penipuan", "kode-enam", "undian-hadiah", "aman", ""), INBOX, 200),
                new GatePage("inbox message with a file to judge", NOTHING, INBOX + "/pesan/undangan-apk", 200),
                new GatePage("inbox message with a link, forwarded many times", NOTHING,
                        INBOX + "/pesan/bansos-tautan", 200),
                new GatePage("inbox feedback with signs found, missed and a decoy tapped",
                        inbox("bansos-tautan", "penipuan", "alamat-palsu,nama-grup"), INBOX + "/pesan/bansos-tautan", 200),
                new GatePage("inbox feedback on a safe message from the office",
                        inbox("surat-pdf-kantor", "aman", ""), INBOX + "/pesan/surat-pdf-kantor", 200),
                new GatePage("inbox class results with judgements",
                        inbox("kode-otp", "penipuan", "kode-enam", "mama-minta-pulsa", "aman", "sapaan-nak")
                                .andThen(TRAINER), INBOX + "/hasil", 200),
                new GatePage("404 page for an unknown inbox message", NOTHING, INBOX + "/pesan/tidak-ada", 404));
    }

    /** A setup step's post must answer 303 (back to a page), as every form of ours does. */
    static void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 303) {
            throw new AssertionError(what + " answered " + response.statusCode());
        }
    }

    static final String INBOX = "/kotak-masuk/kotak-masuk-warga";

    /** Judges inbox messages through their forms: triples of (message, verdict, marks joined by commas). */
    static Consumer<Http> inbox(String... steps) {
        return http -> {
            for (int i = 0; i + 2 < steps.length; i += 3) {
                String page = INBOX + "/pesan/" + steps[i];
                java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
                form.add(Map.entry("putusan", steps[i + 1]));
                for (String mark : steps[i + 2].split(",")) {
                    if (!mark.isEmpty()) {
                        form.add(Map.entry("tanda", mark));
                    }
                }
                expect(http.submitAll(page, page, form), "judging " + steps[i]);
            }
        };
    }

    static final String MADATTE = "/simulator/madatte";
    static final String LENGKAP = "/simulator/madatte-lengkap";

    /**
     * Uses the simulator through its forms: pairs of (what, value), where what is "kirim" (the
     * citizen sends), "petugas" (staff send), "mode", "jam" (a clock button) or "latihan" (a task).
     */
    static Consumer<Http> simulator(String chat, String... steps) {
        return http -> {
            for (int i = 0; i + 1 < steps.length; i += 2) {
                String what = steps[i];
                String value = steps[i + 1];
                HttpResponse<String> response = switch (what) {
                    case "kirim" -> http.submit(chat, chat + "/kirim", Map.of("text", value));
                    case "petugas" -> http.submit(chat + "/petugas", chat + "/petugas/kirim", Map.of("text", value));
                    case "mode" -> http.submit(chat, chat + "/mode", Map.of("mode", value));
                    case "jam" -> http.submit(chat, chat + "/jam", Map.of("maju", value));
                    case "latihan" -> http.submit(chat, chat + "/latihan", Map.of("tugas", value));
                    default -> throw new IllegalArgumentException(what);
                };
                if (response.statusCode() != 303) {
                    throw new AssertionError(what + " " + value + " on " + chat + " answered " + response.statusCode());
                }
            }
        };
    }

    private static final Pattern DESIGNED = Pattern.compile("href=\"(/desainer/[a-z0-9]+)\"");

    /**
     * Copies the madatte menu in the designer, then presses (what, node, value) buttons on its edit
     * page: "tambah" (add an option of kind value under node) or "geser" (move node, value naik/turun).
     */
    static Consumer<Http> designer(String... steps) {
        return designerOf("madatte", steps);
    }

    /** Like {@link #designer}, on a copy of the bundled menu {@code sample}. */
    static Consumer<Http> designerOf(String sample, String... steps) {
        return http -> {
            HttpResponse<String> created = http.submit("/desainer", "/desainer/baru", Map.of("contoh", sample));
            if (created.statusCode() != 303) {
                throw new AssertionError("copying " + sample + " in the designer answered " + created.statusCode());
            }
            String page = created.headers().firstValue("Location").orElseThrow();
            for (int i = 0; i + 2 < steps.length; i += 3) {
                Map<String, String> form = steps[i].equals("tambah")
                        ? Map.of("simpul", steps[i + 1], "jenis", steps[i + 2])
                        : Map.of("simpul", steps[i + 1], "arah", steps[i + 2]);
                HttpResponse<String> r = http.submit(page, page + "/" + steps[i], form);
                if (r.statusCode() != 303) {
                    throw new AssertionError(steps[i] + " on " + page + " answered " + r.statusCode());
                }
            }
        };
    }

    /** The edit page of the visitor's most recently saved designed menu. */
    static String designed(Http http) {
        Matcher m = DESIGNED.matcher(http.get("/desainer").body());
        if (!m.find()) {
            throw new AssertionError("the designer lists no menu");
        }
        return m.group(1);
    }

    static final String CHECKLIST = "/daftar-periksa/siapkan-whatsapp-business";
    static final String[] CHECKLIST_STEPS = {"nomor-kantor", "profil-bisnis", "pesan-salam", "pesan-luar-jam",
            "balasan-cepat", "label", "uji-coba", "umumkan"};
    static final String DESIGN_TASK = "/tugas-desain/tiga-layanan-utama";
    private static final Pattern SHARE = Pattern.compile("/coba/([a-z0-9]+)\"");

    /** Chooses a path on the home page. */
    static Consumer<Http> path(String who) {
        return http -> expect(http.submit("/", "/jalur", Map.of("jalur", who)), "choosing the path " + who);
    }

    /** Ticks steps of the bundled checklist. */
    static Consumer<Http> tick(String... steps) {
        return http -> {
            for (String step : steps) {
                expect(http.submit(CHECKLIST, CHECKLIST + "/centang", Map.of("langkah", step, "centang", "1")),
                        "ticking " + step);
            }
        };
    }

    private static final Pattern PLANNED = Pattern.compile("href=\"(/instagram/[a-z0-9]{12})\"");

    /** A new Instagram plan with a feed post (a first line that says nothing, so it has findings) and a Story. */
    static Consumer<Http> planner() {
        return http -> {
            HttpResponse<String> created = http.submit("/instagram", "/instagram/baru",
                    Map.of("title", "Rencana Maret", "start", "2026-03-02"));
            if (created.statusCode() != 303) {
                throw new AssertionError("a new plan answered " + created.statusCode());
            }
            String plan = created.headers().firstValue("Location").orElseThrow();
            for (Map<String, String> post : List.of(
                    Map.of("kiriman", "", "kind", "pengumuman", "placement", "feed", "date", "2026-03-02", "time",
                            "09:00", "caption", "Halo warga!\nKantor tutup 31 Maret.", "hashtags", "#kelurahanmadatte",
                            "image", "templat:pengumuman"),
                    Map.of("kiriman", "", "kind", "aktivitas", "placement", "story", "date", "2026-03-03", "time",
                            "10:00", "caption", "Suasana pelayanan pagi ini", "image", "templat:aktivitas"))) {
                HttpResponse<String> r = http.submit(plan + "/kiriman/baru", plan + "/kiriman", post);
                if (r.statusCode() != 303) {
                    throw new AssertionError("a new post answered " + r.statusCode());
                }
            }
        };
    }

    /**
     * Copies the complete Madatte sample, adds the SKTM with its six components when {@code pass},
     * and checks the copy against the bundled design task.
     */
    static Consumer<Http> designTask(boolean pass) {
        return designerOf("madatte-lengkap").andThen(http -> {
            String page = designed(http);
            if (pass) {
                expect(http.submit(page, page + "/tambah", Map.of("simpul", "2", "jenis", "service")), "adding SKTM");
                Map<String, String> form = new java.util.HashMap<>(Map.of("simpul", "2.7", "label", "Tidak mampu (SKTM)",
                        "shortcut", "sk-tidak-mampu", "text", "*Surat Keterangan Tidak Mampu*",
                        "persyaratan", "Pengantar RT/RW, KTP-el dan KK.", "prosedur", "Bawa ke loket.",
                        "waktu", "1 hari kerja.", "biaya", "Gratis.", "produk", "Surat Keterangan Tidak Mampu."));
                form.put("pengaduan", "Sampaikan kepada lurah.");
                expect(http.submit(page, page + "/pilihan", form), "saving SKTM");
            }
            expect(http.submit(DESIGN_TASK, DESIGN_TASK + "/periksa",
                    Map.of("desain", page.substring("/desainer/".length()))), "checking the design task");
        });
    }

    /** Copies the Madatte menu and makes its share link. */
    static Consumer<Http> shared() {
        return designer().andThen(http -> {
            String page = designed(http);
            expect(http.submit(page, page + "/bagikan", Map.of()), "making the share link");
        });
    }

    /** The simulator address of the visitor's shared design. */
    static String sharedSimulator(Http http) {
        Matcher m = SHARE.matcher(http.get(designed(http)).body());
        if (!m.find()) {
            throw new AssertionError("the edit page shows no share link");
        }
        return "/simulator/s-" + m.group(1);
    }

    /** The fix-three-breaches task started and sent to be checked once. */
    static Consumer<Http> plannerTask() {
        return http -> {
            String task = "/instagram/tugas/perbaiki-tiga-pelanggaran";
            if (http.submit(task, task + "/mulai", Map.of()).statusCode() != 303) {
                throw new AssertionError("starting the task failed");
            }
        };
    }

    static String planned(Http http) {
        Matcher m = PLANNED.matcher(http.get("/instagram").body());
        if (!m.find()) {
            throw new AssertionError("the planner lists no plan");
        }
        return m.group(1);
    }

    /** Marks the lessons done through their pages' own forms, as a visitor would. */
    static Consumer<Http> markDone(String... lessonPaths) {
        return http -> {
            for (String lesson : lessonPaths) {
                HttpResponse<String> response = http.submit(lesson, lesson + "/selesai", Map.of("done", "1"));
                if (response.statusCode() != 303) {
                    throw new AssertionError("marking " + lesson + " done answered " + response.statusCode());
                }
            }
        };
    }
}
