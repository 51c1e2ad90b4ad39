package id.serambi;

import id.serambi.account.AccountWeb;
import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.account.User;
import id.serambi.chat.designer.DesignEditController;
import id.serambi.chat.designer.DesignPreviewController;
import id.serambi.chat.designer.DesignStore;
import id.serambi.chat.designer.DesignerController;
import id.serambi.chat.designer.Designs;
import id.serambi.chat.export.ExportController;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.simulator.PracticeMapController;
import id.serambi.chat.simulator.Simulator;
import id.serambi.chat.simulator.SimulatorController;
import id.serambi.chat.simulator.SimulatorStore;
import id.serambi.course.CourseController;
import id.serambi.course.CourseSource;
import id.serambi.course.CourseViews;
import id.serambi.course.Item;
import id.serambi.course.ProgressStore;
import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.quiz.imported.GiftController;
import id.serambi.quiz.imported.ImportedQuizStore;
import id.serambi.quiz.imported.ImportedQuizzes;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizController;
import id.serambi.quiz.take.QuizStore;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.report.dashboard.ReportController;
import id.serambi.report.dashboard.Scope;
import id.serambi.web.Pages;
import id.serambi.web.WebSetup;
import id.serambi.workshop.WorkshopWeb;
import id.serambi.workshop.join.RoomLink;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.ServletException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Builds the web application from its parts; {@link Main} only reads the config and starts it. */
public final class App {
    private App() {
    }

    public static Javalin create(Database database, CourseSource course, MenuCatalog menus, QuizCatalog quizFiles,
                                 Messages messages, Clock clock) {
        AccountWeb accountWeb = new AccountWeb(database.jdbi(), clock);
        CurrentUser currentUser = accountWeb.currentUser();
        Pages pages = new Pages(Version.current(), accountWeb::signedIn, new RoomLink(database.jdbi())::extras);
        ImportedQuizzes imported = new ImportedQuizzes(new ImportedQuizStore(database.jdbi()), quizFiles, clock);
        QuizCatalog quizzes = imported.catalog();
        List<CourseViews.MenuLink> menuLinks = menus.engines().stream().map(e -> e.menu())
                .sorted(Comparator.comparing(m -> m.id()))
                .map(m -> new CourseViews.MenuLink(m.id(), m.title())).toList();
        SimulatorStore simulatorStore = new SimulatorStore(database.jdbi());
        QuizStore quizStore = new QuizStore(database.jdbi());
        Attempts attempts = new Attempts(quizzes, quizStore, clock);
        CourseController lessons = new CourseController(course, new ProgressStore(database.jdbi()), pages, clock,
                menuLinks, simulatorStore::reachedTasks, attempts::completed);
        WorkshopWeb workshopWeb = new WorkshopWeb(database.jdbi(), clock);
        WorkshopStore workshops = workshopWeb.store();
        QuizController quiz = new QuizController(attempts, pages, messages, id -> moduleOf(course, id),
                workshopWeb.taker());
        Designs designs = new Designs(new DesignStore(database.jdbi()), clock);
        ExportController export = new ExportController(menus, designs, pages, messages);
        Simulator practice = new Simulator(menus, designs, simulatorStore, clock);
        DesignerController designer = new DesignerController(designs, menus, pages, messages);
        DesignEditController designEdit = new DesignEditController(designs, pages, messages);
        DesignPreviewController designPreview = new DesignPreviewController(designs, pages, messages);
        SimulatorController simulator = new SimulatorController(practice, pages);
        PracticeMapController heatMap = new PracticeMapController(practice, simulatorStore, pages);
        // importing, deleting and exporting quizzes: an export holds the answers
        Consumer<Context> quizAuthors = ctx -> currentUser.requireRole(ctx, Role.TRAINER, Role.ADMIN);
        GiftController gift = new GiftController(imported, pages, messages, quizAuthors);
        Submissions submissions = new Submissions(database.jdbi(), quizStore, clock);
        ReportController report = new ReportController(quizzes, submissions, pages, messages, clock,
                ctx -> dashboardScope(currentUser.requireRole(ctx, Role.TRAINER, Role.ADMIN), workshops));
        // the port is known only once started; a one-element holder lets the listener read the app
        Javalin[] started = new Javalin[1];
        Javalin app = Javalin.create(config -> {
            WebSetup.configure(config, messages, pages, database::isReachable);
            config.routes.exception(ServletException.class, gift::tooLarge);
            var routes = config.routes;
            routes.get("/", lessons::home);
            routes.get("/modul/{module}", lessons::module);
            routes.get("/modul/{module}/{lesson}", lessons::lesson);
            routes.post("/modul/{module}/{lesson}/selesai", lessons::markDone);
            routes.get("/media/<path>", lessons::media);
            // WhatsApp simulator
            routes.get("/simulator", simulator::list);
            routes.get("/simulator/{menu}", simulator::chat);
            routes.post("/simulator/{menu}/kirim", simulator::send);
            routes.post("/simulator/{menu}/mode", simulator::mode);
            routes.post("/simulator/{menu}/jam", simulator::clock);
            routes.post("/simulator/{menu}/ulang", simulator::restart);
            routes.post("/simulator/{menu}/latihan", simulator::task);
            routes.get("/simulator/{menu}/petugas", simulator::operator);
            routes.post("/simulator/{menu}/petugas/kirim", simulator::staffSend);
            routes.post("/simulator/{menu}/petugas/lepas", simulator::release);
            // WhatsApp menu export
            routes.get("/simulator/{menu}/ekspor", export::sheet);
            routes.get("/simulator/{menu}/poster", export::poster);
            routes.get("/simulator/{menu}/qr.svg", export::qrFile);
            routes.get("/simulator/{menu}/menu.yaml", export::yaml);
            routes.get("/simulator/{menu}/menu.json", export::json);
            // WhatsApp menu designer
            routes.get("/desainer", designer::list);
            routes.post("/desainer/baru", designer::create);
            routes.post("/desainer/impor", designer::importMenu);
            routes.post("/desainer/unggah", designer::upload);
            routes.get("/desainer/{id}", designEdit::edit);
            routes.post("/desainer/{id}/profil", designEdit::saveProfile);
            routes.post("/desainer/{id}/pesan", designEdit::saveMessages);
            routes.post("/desainer/{id}/luar-jam", designEdit::saveAway);
            routes.post("/desainer/{id}/pilihan", designEdit::saveNode);
            routes.post("/desainer/{id}/tambah", designEdit::addOption);
            routes.post("/desainer/{id}/hapus", designEdit::deleteOption);
            routes.post("/desainer/{id}/geser", designEdit::moveOption);
            routes.post("/desainer/{id}/latihan", designEdit::saveTask);
            routes.post("/desainer/{id}/latihan/hapus", designEdit::deleteTask);
            routes.post("/desainer/{id}/pratinjau", designPreview::preview);
            routes.get("/desainer/{id}/versi", designer::versions);
            routes.post("/desainer/{id}/pulihkan", designer::restore);
            routes.post("/desainer/{id}/buang", designer::delete);
            // Practice heat map
            routes.get("/simulator/{menu}/peta", staffOnly(currentUser, heatMap::show));
            // Quizzes and questionnaires; the import pages first, so "impor" is never read as a quiz id
            routes.get("/kuis", quiz::list);
            routes.get("/kuis/impor", gift::page);
            routes.post("/kuis/impor", gift::check);
            routes.post("/kuis/impor/simpan", gift::save);
            routes.post("/kuis/impor/hapus", gift::delete);
            routes.get("/kuis/{quiz}/kuis.gift", gift::export);
            routes.get("/kuis/{quiz}", quiz::intro);
            routes.post("/kuis/{quiz}/mulai", quiz::start);
            routes.get("/kuis/{quiz}/isi", quiz::take);
            routes.post("/kuis/{quiz}/simpan", quiz::save);
            routes.post("/kuis/{quiz}/kirim", quiz::submit);
            routes.get("/kuis/{quiz}/hasil/{attempt}", quiz::result);
            // Dashboards
            routes.get("/dasbor", report::list);
            routes.get("/dasbor/prapasca", report::prePost);
            routes.get("/dasbor/{quiz}", report::dashboard);
            routes.get("/dasbor/{quiz}/jawaban.csv", report::csv);
            routes.get("/dasbor/{quiz}/ringkasan.xlsx", report::xlsx);
            routes.get("/dasbor/{quiz}/cetak", report::print);
            routes.post("/dasbor/{quiz}/sembunyikan", report::hide);
            routes.post("/dasbor/{quiz}/tutup", report::close);
            // Workshops: the trainer's pages and the room, then the participants'
            workshopWeb.addTo(config, course, quizzes, menus, new LiveResults(quizzes, submissions, messages), pages,
                    messages, currentUser, accountWeb.accounts());
            // Accounts
            accountWeb.addTo(config, pages, messages, () -> started[0].port());
        });
        started[0] = app;
        return app;
    }

    /** A handler that only trainers and admins reach; others get what {@link CurrentUser#requireRole} gives. */
    private static Handler staffOnly(CurrentUser users, Handler handler) {
        return ctx -> {
            users.requireRole(ctx, Role.TRAINER, Role.ADMIN);
            handler.handle(ctx);
        };
    }

    /** What a dashboard viewer sees: an admin everything; a trainer self-study and their own workshops. */
    private static Scope dashboardScope(User user, WorkshopStore workshops) {
        if (user.role() == Role.ADMIN) {
            return Scope.everything(workshops.all().stream().map(Workshop::id).collect(Collectors.toSet()));
        }
        return Scope.own(workshops.ownedBy(user.id()).stream().map(Workshop::id).collect(Collectors.toSet()));
    }

    /** The page of the module that lists a quiz, if one does. */
    private static Optional<String> moduleOf(CourseSource course, String quizId) {
        return course.catalog().modules().stream()
                .filter(m -> m.items().stream().anyMatch(i -> i instanceof Item.Quiz q && q.quizId().equals(quizId)))
                .map(m -> m.url()).findFirst();
    }
}
