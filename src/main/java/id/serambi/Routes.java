package id.serambi;

import id.serambi.account.AccountWeb;
import id.serambi.chat.designer.DesignEditController;
import id.serambi.chat.designer.DesignPreviewController;
import id.serambi.chat.designer.DesignTaskController;
import id.serambi.chat.designer.DesignerController;
import id.serambi.chat.export.ExportController;
import id.serambi.chat.simulator.PracticeMapController;
import id.serambi.chat.simulator.SimulatorController;
import id.serambi.course.ChecklistController;
import id.serambi.course.CourseController;
import id.serambi.course.MaterialsController;
import id.serambi.inbox.web.InboxController;
import id.serambi.instagram.web.PlannerHandlers;
import id.serambi.quiz.imported.GiftController;
import id.serambi.quiz.marking.MarkingController;
import id.serambi.quiz.take.QuizController;
import id.serambi.report.dashboard.ReportController;
import id.serambi.web.Health;
import id.serambi.web.LanguageSwitch;
import id.serambi.web.RouteTable;
import id.serambi.workshop.WorkshopWeb;

import static id.serambi.web.Access.ACCOUNT;
import static id.serambi.web.Access.ADMIN;
import static id.serambi.web.Access.ANYONE;
import static id.serambi.web.Access.STAFF;

/**
 * Every address of the product: method, path, who may use it and its handler, on one screen.
 * {@code ANYONE} routes whose data has an owner (a design's author, a quiz result's taker, a
 * participant's seat) and {@code STAFF} routes of one trainer's workshop check the owner where the
 * data is read; everything else about access is here.
 */
final class Routes {
    /** The handlers the table points to. */
    record Handlers(Health health, LanguageSwitch language, CourseController lessons, PathHandlers paths,
                    SimulatorController simulator,
                    ExportController export, PracticeMapController heatMap, DesignerController designer,
                    DesignEditController designEdit, DesignPreviewController designPreview, QuizController quiz,
                    GiftController gift, MarkingController marking, ReportController report,
                    WorkshopWeb.Handlers workshops, AccountWeb.Handlers accounts, InboxController inbox,
                    PlannerHandlers instagram) {
    }

    /** The learning paths' own pages: checklists and design tasks. */
    record PathHandlers(ChecklistController checklists, DesignTaskController designTasks,
                        MaterialsController materials) {
    }

    private Routes() {
    }

    static RouteTable table(Handlers h) {
        RouteTable t = new RouteTable();
        t.get("/health", ANYONE, h.health()::get);
        t.get("/bahasa/{lang}", ANYONE, h.language()::change);
        // Lessons
        t.get("/", ANYONE, h.lessons()::home);
        t.post("/jalur", ANYONE, h.lessons()::choosePath);
        t.get("/modul/{module}", ANYONE, h.lessons()::module);
        // printable materials: a module's handout, guides, cards, the glossary
        var materials = h.paths().materials();
        t.get("/modul/{module}/cetak", ANYONE, materials::handout);
        t.get("/panduan/{guide}", ANYONE, materials::guide);
        t.get("/kartu/{card}", ANYONE, materials::card);
        t.get("/glosarium", ANYONE, materials::glossary);
        t.get("/modul/{module}/{lesson}", ANYONE, h.lessons()::lesson);
        t.post("/modul/{module}/{lesson}/selesai", ANYONE, h.lessons()::markDone);
        t.get("/media/<path>", ANYONE, h.lessons()::media);
        paths(t, h.paths());
        // WhatsApp simulator: everyone's own practice; the heat map of everyone's is for staff
        var sim = h.simulator();
        t.get("/simulator", ANYONE, sim::list);
        t.get("/simulator/{menu}", ANYONE, sim::chat);
        t.post("/simulator/{menu}/kirim", ANYONE, sim::send);
        t.post("/simulator/{menu}/mode", ANYONE, sim::mode);
        t.post("/simulator/{menu}/jam", ANYONE, sim::clock);
        t.post("/simulator/{menu}/ulang", ANYONE, sim::restart);
        t.post("/simulator/{menu}/latihan", ANYONE, sim::task);
        t.get("/simulator/{menu}/petugas", ANYONE, sim::operator);
        t.post("/simulator/{menu}/petugas/kirim", ANYONE, sim::staffSend);
        t.post("/simulator/{menu}/petugas/lepas", ANYONE, sim::release);
        t.get("/simulator/{menu}/peta", STAFF, h.heatMap()::show);
        // WhatsApp menu export
        var export = h.export();
        t.get("/simulator/{menu}/ekspor", ANYONE, export::sheet);
        t.get("/simulator/{menu}/poster", ANYONE, export::poster);
        t.get("/simulator/{menu}/qr.svg", ANYONE, export::qrFile);
        t.get("/simulator/{menu}/menu.yaml", ANYONE, export::yaml);
        t.get("/simulator/{menu}/menu.json", ANYONE, export::json);
        // WhatsApp menu designer: a design is its author's, and not found for anyone else
        var designer = h.designer();
        var edit = h.designEdit();
        t.get("/desainer", ANYONE, designer::list);
        t.post("/desainer/baru", ANYONE, designer::create);
        t.post("/desainer/impor", ANYONE, designer::importMenu);
        t.post("/desainer/unggah", ANYONE, designer::upload);
        t.get("/desainer/{id}", ANYONE, edit::edit);
        t.post("/desainer/{id}/profil", ANYONE, edit::saveProfile);
        t.post("/desainer/{id}/pesan", ANYONE, edit::saveMessages);
        t.post("/desainer/{id}/luar-jam", ANYONE, edit::saveAway);
        t.post("/desainer/{id}/pilihan", ANYONE, edit::saveNode);
        t.post("/desainer/{id}/tambah", ANYONE, edit::addOption);
        t.post("/desainer/{id}/hapus", ANYONE, edit::deleteOption);
        t.post("/desainer/{id}/geser", ANYONE, edit::moveOption);
        t.post("/desainer/{id}/latihan", ANYONE, edit::saveTask);
        t.post("/desainer/{id}/latihan/hapus", ANYONE, edit::deleteTask);
        t.post("/desainer/{id}/pratinjau", ANYONE, h.designPreview()::preview);
        t.get("/desainer/{id}/versi", ANYONE, designer::versions);
        t.post("/desainer/{id}/pulihkan", ANYONE, designer::restore);
        t.post("/desainer/{id}/buang", ANYONE, designer::delete);
        // a design's share link: anyone with it tries the menu read-only in the simulator
        t.post("/desainer/{id}/bagikan", ANYONE, designer::share);
        t.post("/desainer/{id}/berhenti-bagikan", ANYONE, designer::unshare);
        t.get("/coba/{token}", ANYONE, designer::tryShared);
        // Quizzes and questionnaires, open to all (a result is its taker's); GIFT in and out is for staff,
        // as an export holds the answers. The import pages come first, so "impor" is never read as a quiz id.
        var quiz = h.quiz();
        var gift = h.gift();
        t.get("/kuis", ANYONE, quiz::list);
        t.get("/kuis/impor", STAFF, gift::page);
        t.post("/kuis/impor", STAFF, gift::check);
        t.post("/kuis/impor/simpan", STAFF, gift::save);
        t.post("/kuis/impor/hapus", STAFF, gift::delete);
        t.get("/kuis/{quiz}/kuis.gift", STAFF, gift::export);
        t.get("/kuis/{quiz}", ANYONE, quiz::intro);
        t.post("/kuis/{quiz}/mulai", ANYONE, quiz::start);
        t.get("/kuis/{quiz}/isi", ANYONE, quiz::take);
        t.post("/kuis/{quiz}/simpan", ANYONE, quiz::save);
        t.post("/kuis/{quiz}/kirim", ANYONE, quiz::submit);
        t.get("/kuis/{quiz}/hasil/{attempt}", ANYONE, quiz::result);
        // Dashboards: a trainer sees self-study and their own workshops, an admin everything
        var report = h.report();
        t.get("/dasbor", STAFF, report::list);
        t.get("/dasbor/prapasca", STAFF, report::prePost);
        t.get("/dasbor/{quiz}", STAFF, report::dashboard);
        t.get("/dasbor/{quiz}/jawaban.csv", STAFF, report::csv);
        t.get("/dasbor/{quiz}/ringkasan.xlsx", STAFF, report::xlsx);
        t.get("/dasbor/{quiz}/cetak", STAFF, report::print);
        t.post("/dasbor/{quiz}/sembunyikan", STAFF, report::hide);
        t.post("/dasbor/{quiz}/tutup", STAFF, report::close);
        t.get("/dasbor/{quiz}/nilai", STAFF, h.marking()::page);
        t.post("/dasbor/{quiz}/nilai", STAFF, h.marking()::mark);
        workshops(t, h.workshops());
        accounts(t, h.accounts());
        inbox(t, h.inbox());
        instagram(t, h.instagram());
        return t;
    }

    /** Learning paths: checklists ticked step by step and design tasks checked, each learner's own. */
    private static void paths(RouteTable t, PathHandlers p) {
        t.get("/daftar-periksa/{checklist}", ANYONE, p.checklists()::show);
        t.post("/daftar-periksa/{checklist}/centang", ANYONE, p.checklists()::tick);
        t.get("/tugas-desain/{task}", ANYONE, p.designTasks()::show);
        t.post("/tugas-desain/{task}/periksa", ANYONE, p.designTasks()::check);
    }

    /**
     * Instagram content planner: a plan is its author's, and not found for anyone else, like a
     * design. The task pages come first, so "tugas" is never read as a plan id.
     */
    private static void instagram(RouteTable t, PlannerHandlers ig) {
        var planner = ig.planner();
        var edit = ig.edit();
        var view = ig.view();
        t.get("/instagram", ANYONE, planner::list);
        t.post("/instagram/baru", ANYONE, planner::create);
        t.get("/instagram/tugas/{task}", ANYONE, planner::taskPage);
        t.post("/instagram/tugas/{task}/mulai", ANYONE, planner::startTask);
        t.post("/instagram/tugas/{task}/periksa", ANYONE, planner::submitTask);
        t.get("/instagram/{id}", ANYONE, edit::edit);
        t.post("/instagram/{id}/profil", ANYONE, edit::saveProfile);
        t.get("/instagram/{id}/kiriman/{post}", ANYONE, edit::postForm);
        t.post("/instagram/{id}/kiriman", ANYONE, edit::savePost);
        t.post("/instagram/{id}/kiriman/hapus", ANYONE, edit::deletePost);
        t.post("/instagram/{id}/unggah", ANYONE, edit::upload);
        t.post("/instagram/{id}/balasan", ANYONE, edit::reply);
        t.post("/instagram/{id}/buang", ANYONE, planner::delete);
        t.get("/instagram/{id}/pratinjau", ANYONE, view::preview);
        t.get("/instagram/{id}/pratinjau/{post}", ANYONE, view::post);
        t.get("/instagram/{id}/periksa", ANYONE, view::checks);
        t.get("/instagram/{id}/kalender", ANYONE, view::calendar);
        t.get("/instagram/{id}/daftar", ANYONE, view::list);
        t.get("/instagram/{id}/cetak", ANYONE, view::print);
        t.get("/instagram/{id}/jadwal.csv", ANYONE, view::csv);
        t.get("/instagram/{id}/gambar/{image}", ANYONE, view::image);
    }

    /** A trainer's own workshops (an admin's: all) and their room; participants join by code, with no account. */
    private static void workshops(RouteTable t, WorkshopWeb.Handlers w) {
        var trainer = w.trainer();
        t.get("/pelatihan", STAFF, trainer::list);
        t.get("/pelatihan/baru", STAFF, trainer::newForm);
        t.post("/pelatihan/baru", STAFF, trainer::create);
        t.get("/pelatihan/{id}", STAFF, trainer::show);
        t.get("/pelatihan/{id}/ruang", STAFF, trainer::live);
        t.post("/pelatihan/{id}/buka", STAFF, trainer::open);
        t.get("/pelatihan/{id}/tutup", STAFF, trainer::confirmClose);
        t.post("/pelatihan/{id}/tutup", STAFF, trainer::close);
        t.post("/pelatihan/{id}/buka-lagi", STAFF, trainer::reopen);
        t.post("/pelatihan/{id}/alamat", STAFF, trainer::pickAddress);
        // the live room: the trainer's stream and snapshot, the projector and its content, the steps
        t.get("/pelatihan/{id}/langsung", STAFF, w.live()::trainerStream);
        t.get("/pelatihan/{id}/keadaan", STAFF, w.live()::trainerState);
        t.get("/pelatihan/{id}/layar", STAFF, w.projector()::page);
        t.get("/pelatihan/{id}/layar/isi", STAFF, w.projector()::content);
        t.post("/pelatihan/{id}/item/buka", STAFF, w.room()::openItem);
        t.post("/pelatihan/{id}/item/tutup", STAFF, w.room()::closeItem);
        t.post("/pelatihan/{id}/gabung-lagi/setujui", STAFF, w.room()::approve);
        t.post("/pelatihan/{id}/gabung-lagi/tolak", STAFF, w.room()::refuse);
        // participants: join by code, wait for the trainer, follow the room, rejoin from another phone
        var joining = w.joining();
        t.get("/ikut", ANYONE, joining::codeForm);
        t.post("/ikut", ANYONE, joining::enterCode);
        t.get("/ikut/{code}", ANYONE, joining::nameForm);
        t.post("/ikut/{code}", ANYONE, joining::join);
        t.get("/ikut/{code}/tunggu", ANYONE, joining::waitingPage);
        t.get("/ikut/{code}/langsung", ANYONE, w.live()::participantStream);
        t.get("/ikut/{code}/keadaan", ANYONE, w.live()::participantState);
        t.post("/ikut/{code}/lagi", ANYONE, w.rejoining()::ask);
        t.get("/ikut/{code}/lagi", ANYONE, w.rejoining()::status);
        // certificates of participation: the participant's own, the trainer's all-in-one and one each
        t.get("/ikut/{code}/sertifikat.pdf", ANYONE, w.certificates()::participant);
        t.get("/pelatihan/{id}/sertifikat.pdf", STAFF, w.certificates()::all);
        t.get("/pelatihan/{id}/peserta/{pid}/sertifikat.pdf", STAFF, w.certificates()::one);
        t.get("/sertifikat/{nomor}", ANYONE, w.certificates()::verify);
    }

    /** The scam-and-hoax inbox: everyone judges their own messages; the class's results are for trainers. */
    private static void inbox(RouteTable t, InboxController inbox) {
        t.get("/kotak-masuk", ANYONE, inbox::list);
        t.get("/kotak-masuk/{inbox}", ANYONE, inbox::inbox);
        t.get("/kotak-masuk/{inbox}/pesan/{message}", ANYONE, inbox::message);
        t.post("/kotak-masuk/{inbox}/pesan/{message}", ANYONE, inbox::judge);
        t.post("/kotak-masuk/{inbox}/ulang", ANYONE, inbox::restart);
        t.get("/kotak-masuk/{inbox}/hasil", STAFF, inbox::results);
    }

    /** Logging in and out, signing up, one's password, the first admin, and the admin's users. */
    private static void accounts(RouteTable t, AccountWeb.Handlers a) {
        t.get("/masuk", ANYONE, a.account()::loginPage);
        t.post("/masuk", ANYONE, a.account()::login);
        t.post("/keluar", ANYONE, a.account()::logout);
        t.get("/daftar", ANYONE, a.signUp()::page);
        t.post("/daftar", ANYONE, a.signUp()::signUp);
        t.get("/akun/sandi", ACCOUNT, a.account()::passwordPage);
        t.post("/akun/sandi", ACCOUNT, a.account()::changePassword);
        // the first-run page answers 404 once any account exists
        t.get("/pasang", ANYONE, a.setup()::page);
        t.post("/pasang", ANYONE, a.setup()::create);
        t.get("/admin/pengguna", ADMIN, a.admin()::users);
        t.post("/admin/pengguna/baru", ADMIN, a.admin()::create);
        t.post("/admin/pengguna/{id}/nonaktifkan", ADMIN, a.admin()::disable);
        t.post("/admin/pengguna/{id}/aktifkan", ADMIN, a.admin()::enable);
    }
}
