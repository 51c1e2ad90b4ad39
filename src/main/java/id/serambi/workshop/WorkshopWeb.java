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
import id.serambi.web.PublicAddress;
import id.serambi.workshop.certificate.CertificateController;
import id.serambi.workshop.certificate.CertificatePdf;
import id.serambi.workshop.certificate.Certificates;
import id.serambi.workshop.join.JoinController;
import id.serambi.workshop.join.RejoinController;
import id.serambi.workshop.join.SeatTaker;
import id.serambi.workshop.live.LiveController;
import id.serambi.workshop.live.LiveHub;
import id.serambi.workshop.live.LiveRoom;
import id.serambi.workshop.live.ProjectorController;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.RateLimit;
import id.serambi.workshop.store.RejoinStore;
import id.serambi.workshop.store.RoomStore;
import id.serambi.workshop.store.WorkshopStore;
import id.serambi.workshop.trainer.RoomController;
import id.serambi.workshop.trainer.RoomView;
import id.serambi.workshop.trainer.WorkshopController;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Workshops as the web app uses them. The stores come first, because taking a quiz asks whether the
 * visitor holds a seat ({@link #taker}) and the dashboards ask whose workshops they are; then the
 * handlers of the trainer's pages, the room, the live streams and projector, joining and
 * certificates, whose routes the app's route table declares; the live hub runs while the server does.
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

    /** The workshop pages' handlers, whose routes the app's route table declares, and the live room's hub. */
    public record Handlers(WorkshopController trainer, RoomController room, LiveController live,
                           ProjectorController projector, JoinController joining, RejoinController rejoining,
                           CertificateController certificates, LiveHub hub) {
    }

    /** @param address the address the room's phones are given to join */
    public Handlers handlers(CourseSource course, QuizCatalog quizzes, MenuCatalog menus, LiveResults results,
                             Pages pages, Messages messages, CurrentUser users, Accounts accounts,
                             PublicAddress address) {
        RejoinStore rejoins = new RejoinStore(jdbi, new SecureRandom());
        ItemTitles titles = new ItemTitles(quizzes, course, menus, messages);
        Certificates certificates = new Certificates(jdbi, workshops, new SecureRandom());
        WorkshopController trainer = new WorkshopController(workshops, course, quizzes, menus, pages, messages, clock,
                users, accounts, new RoomView(room, rejoins, titles, course, messages, clock), certificates, address);
        JoinController joining = new JoinController(workshops, titles, RateLimit.wrongCodes(clock), pages,
                messages, clock, new SecureRandom(), certificates);
        LiveRoom live = LiveRoom.create(jdbi, titles, course, trainer::mine, results, pages, messages, address, clock);
        return new Handlers(trainer,
                new RoomController(trainer, room, rejoins, users, accounts, live.hub()::wake, clock),
                live.live(), live.projector(), joining,
                new RejoinController(joining, rejoins, pages, messages, clock, new SecureRandom()),
                new CertificateController(workshops, certificates, new CertificatePdf(messages), trainer::mine, users,
                        accounts, pages, messages, address, clock),
                live.hub());
    }
}
