package id.serambi.workshop;

import id.serambi.account.Accounts;
import id.serambi.account.CurrentUser;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CourseSource;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.take.Taker;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.web.Pages;
import id.serambi.workshop.certificate.CertificateController;
import id.serambi.workshop.certificate.CertificatePdf;
import id.serambi.workshop.certificate.Certificates;
import id.serambi.workshop.join.JoinController;
import id.serambi.workshop.join.RejoinController;
import id.serambi.workshop.join.SeatTaker;
import id.serambi.workshop.live.LiveRoom;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.RateLimit;
import id.serambi.workshop.store.RejoinStore;
import id.serambi.workshop.store.RoomStore;
import id.serambi.workshop.store.WorkshopStore;
import id.serambi.workshop.trainer.RoomController;
import id.serambi.workshop.trainer.RoomView;
import id.serambi.workshop.trainer.WorkshopController;
import io.javalin.config.JavalinConfig;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Workshops as the web app uses them. The stores come first, because taking a quiz asks whether the
 * visitor holds a seat ({@link #taker}) and the dashboards ask whose workshops they are; then the
 * trainer's pages, the room, the live streams and projector, joining and certificates add their
 * routes, and the live hub runs while the server does.
 */
public final class WorkshopWeb {
    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkshopStore workshops;
    private final RoomStore room;

    public WorkshopWeb(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workshops = new WorkshopStore(jdbi, new SecureRandom());
        this.room = new RoomStore(jdbi);
    }

    public WorkshopStore store() {
        return workshops;
    }

    /** Who takes a quiz: a seat of the workshop whose open step it is, or the visitor themself. */
    public Taker taker() {
        return new SeatTaker(workshops, room, clock);
    }

    public void addTo(JavalinConfig config, CourseSource course, QuizCatalog quizzes, MenuCatalog menus,
                      LiveResults results, Pages pages, Messages messages, CurrentUser users, Accounts accounts) {
        RejoinStore rejoins = new RejoinStore(jdbi, new SecureRandom());
        ItemTitles titles = new ItemTitles(quizzes, course, menus, messages);
        Certificates certificates = new Certificates(jdbi, workshops);
        WorkshopController workshop = new WorkshopController(workshops, course, quizzes, menus, pages, messages, clock,
                users, accounts, new RoomView(room, rejoins, titles, course, messages, clock), certificates);
        JoinController joining = new JoinController(workshops, titles, RateLimit.wrongCodes(clock), pages,
                messages, clock, new SecureRandom(), certificates);
        RejoinController rejoining = new RejoinController(joining, rejoins, pages, messages, clock, new SecureRandom());
        CertificateController certificate = new CertificateController(workshops, certificates,
                new CertificatePdf(messages), workshop::mine, users, accounts, pages, messages, clock);
        LiveRoom live = LiveRoom.create(jdbi, titles, course, workshop::mine, results, pages, messages, clock);
        RoomController steps = new RoomController(workshop, room, rejoins, users, accounts, live.hub()::wake, clock);
        config.events.serverStarted(live.hub()::start);
        config.events.serverStopping(live.hub()::close);
        var routes = config.routes;
        // the trainer's pages
        routes.get("/pelatihan", workshop::list);
        routes.get("/pelatihan/baru", workshop::newForm);
        routes.post("/pelatihan/baru", workshop::create);
        routes.get("/pelatihan/{id}", workshop::show);
        routes.get("/pelatihan/{id}/ruang", workshop::live);
        routes.post("/pelatihan/{id}/buka", workshop::open);
        routes.post("/pelatihan/{id}/tutup", workshop::close);
        // the live room: the trainer's stream and snapshot, the projector and its content
        routes.get("/pelatihan/{id}/langsung", live.live()::trainerStream);
        routes.get("/pelatihan/{id}/keadaan", live.live()::trainerState);
        routes.get("/pelatihan/{id}/layar", live.projector()::page);
        routes.get("/pelatihan/{id}/layar/isi", live.projector()::content);
        routes.post("/pelatihan/{id}/item/buka", steps::openItem);
        routes.post("/pelatihan/{id}/item/tutup", steps::closeItem);
        routes.post("/pelatihan/{id}/gabung-lagi/setujui", steps::approve);
        routes.post("/pelatihan/{id}/gabung-lagi/tolak", steps::refuse);
        // participants: join by code, wait for the trainer, follow the room, rejoin from another phone
        routes.get("/ikut", joining::codeForm);
        routes.post("/ikut", joining::enterCode);
        routes.get("/ikut/{code}", joining::nameForm);
        routes.post("/ikut/{code}", joining::join);
        routes.get("/ikut/{code}/tunggu", joining::waitingPage);
        routes.get("/ikut/{code}/langsung", live.live()::participantStream);
        routes.get("/ikut/{code}/keadaan", live.live()::participantState);
        routes.post("/ikut/{code}/lagi", rejoining::ask);
        routes.get("/ikut/{code}/lagi", rejoining::status);
        // certificates of participation: the participant's own, the trainer's all-in-one and one each
        routes.get("/ikut/{code}/sertifikat.pdf", certificate::participant);
        routes.get("/pelatihan/{id}/sertifikat.pdf", certificate::all);
        routes.get("/pelatihan/{id}/peserta/{pid}/sertifikat.pdf", certificate::one);
    }
}
