package id.serambi;

import id.serambi.account.AccountWeb;
import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.account.User;
import id.serambi.chat.designer.DesignEditController;
import id.serambi.chat.designer.DesignPreviewController;
import id.serambi.chat.designer.DesignStore;
import id.serambi.chat.designer.DesignTaskController;
import id.serambi.chat.designer.DesignTaskStore;
import id.serambi.chat.designer.DesignerController;
import id.serambi.chat.designer.Designs;
import id.serambi.chat.export.ExportController;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.simulator.PracticeMapController;
import id.serambi.chat.simulator.Simulator;
import id.serambi.chat.simulator.SimulatorController;
import id.serambi.chat.simulator.SimulatorStore;
import id.serambi.course.ChecklistController;
import id.serambi.course.ChecklistStore;
import id.serambi.course.Completion;
import id.serambi.course.CourseController;
import id.serambi.course.CourseSource;
import id.serambi.course.CourseViews;
import id.serambi.course.Item;
import id.serambi.course.MaterialsController;
import id.serambi.course.ProgressStore;
import id.serambi.db.Database;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.inbox.store.InboxStore;
import id.serambi.inbox.store.Inboxes;
import id.serambi.inbox.web.InboxController;
import id.serambi.instagram.InstagramWeb;
import id.serambi.instagram.image.ImageIntake;
import id.serambi.quiz.imported.GiftController;
import id.serambi.quiz.imported.ImportedQuizStore;
import id.serambi.quiz.imported.ImportedQuizzes;
import id.serambi.quiz.marking.MarkingController;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.SubmissionVersions;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizController;
import id.serambi.quiz.take.QuizStore;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.report.dashboard.ReportController;
import id.serambi.report.dashboard.Scope;
import id.serambi.report.readmodel.ReadModels;
import id.serambi.web.Health;
import id.serambi.web.LanguageSwitch;
import id.serambi.web.Pages;
import id.serambi.web.PublicAddress;
import id.serambi.web.RouteTable;
import id.serambi.web.Templates;
import id.serambi.web.WebSetup;
import id.serambi.workshop.WorkshopWeb;
import id.serambi.workshop.join.RoomLink;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.Javalin;
import jakarta.servlet.ServletException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The web application built from its parts, with the route table it serves; {@link Main} only reads
 * the config and starts the server.
 */
public record App(Javalin server, RouteTable routes) {

    public static App create(Database database, CourseSource course, MenuCatalog menus, QuizCatalog quizFiles,
                             Practice practiceFiles, Messages messages, PublicAddress address, Clock clock) {
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
        Designs designs = new Designs(new DesignStore(database.jdbi()), clock);
        DesignTaskController designTasks = new DesignTaskController(
                practiceFiles.designTasks(), designs, new DesignTaskStore(database.jdbi()),
                pages, messages, clock, (task, lang) -> moduleListing(course, lang, i -> i instanceof Item.Design d
                        && d.taskId().equals(task)));
        ChecklistController checklists = new ChecklistController(practiceFiles.checklists(),
                new ChecklistStore(database.jdbi()), course, pages, clock);
        Inboxes inboxes = new Inboxes(practiceFiles.inboxes(), new InboxStore(database.jdbi()), clock);
        InstagramWeb instagram = new InstagramWeb(database.jdbi(), practiceFiles.plannerTasks(), pages,
                messages, clock, (task, lang) -> moduleListing(course, lang, i -> i instanceof Item.Planner p
                        && p.taskId().equals(task)));
        CourseController lessons = new CourseController(course, new ProgressStore(database.jdbi()), pages, clock,
                menuLinks, List.of(new Completion("task", simulatorStore::reachedTasks),
                        new Completion("quiz", attempts::completed),
                        new Completion("checklist", checklists::completed),
                        new Completion("design", designTasks::passed),
                        new Completion("inbox", inboxes::completed),
                        new Completion("planner", instagram::completed)));
        WorkshopWeb workshopWeb = new WorkshopWeb(database.jdbi(), clock);
        WorkshopStore workshops = workshopWeb.store();
        Simulator practice = new Simulator(menus, designs, simulatorStore, clock);
        GiftController gift = new GiftController(imported, pages, messages);
        Submissions submissions = new Submissions(database.jdbi(), quizStore, clock);
        ReadModels readModels = new ReadModels(submissions, new SubmissionVersions(database.jdbi()),
                ReportController.ZONE);
        ReportController report = new ReportController(quizzes, submissions, readModels, pages, messages, clock,
                ctx -> dashboardScope(currentUser.signedIn(ctx), workshops));
        WorkshopWeb.Handlers workshopPages = workshopWeb.handlers(course, quizzes, menus,
                new LiveResults(quizzes, submissions, readModels, messages, (objective, lang) -> objectiveText(course, objective, lang)),
                pages, messages, currentUser, accountWeb.accounts(),
                address);
        Templates templates = new Templates(messages);
        QuizController quiz = new QuizController(attempts, pages, messages, id -> moduleOf(course, id),
                workshopWeb.taker(), workshop -> workshopPages.hub().soon(), templates);
        AccountWeb.Handlers accountPages = accountWeb.handlers(pages, messages);
        InboxController inbox = new InboxController(inboxes, pages, messages,
                (cookies, learner) -> workshops.seat(cookies.get(SeatToken.COOKIE), learner, clock.instant())
                        .map(Participant::workshop),
                ctx -> inboxScope(currentUser.signedIn(ctx), workshops),
                (id, lang) -> moduleListing(course, lang, i -> i instanceof Item.Inbox b && b.id().equals(id)));
        RouteTable routes = Routes.table(new Routes.Handlers(new Health(pages.version(), database::isReachable),
                new LanguageSwitch(), lessons, new Routes.PathHandlers(checklists, designTasks,
                        new MaterialsController(course, pages)), new SimulatorController(practice, pages),
                new ExportController(menus, designs, pages, messages),
                new PracticeMapController(practice, simulatorStore, pages),
                new DesignerController(designs, menus, pages, messages),
                new DesignEditController(designs, pages, messages),
                new DesignPreviewController(designs, pages, messages), quiz, gift,
                new MarkingController(attempts, pages, messages, ctx -> currentUser.signedIn(ctx).id()), report,
                workshopPages,
                accountPages, inbox, instagram.handlers()));
        // the port is known only once started; a one-element holder lets the listener read the app
        Javalin[] started = new Javalin[1];
        Javalin app = Javalin.create(config -> {
            WebSetup.configure(config, messages, templates, pages, new WebSetup.Uploads(
                    path -> path.startsWith("/instagram/") && path.endsWith("/unggah"), ImageIntake.MAX_BYTES));
            config.routes.exception(ServletException.class, gift::tooLarge);
            routes.addTo(config, currentUser::admit);
            config.events.serverStarted(workshopPages.hub()::start);
            config.events.serverStopping(workshopPages.hub()::close);
            config.events.serverStarted(() -> accountPages.setup().announce(started[0].port()));
        });
        started[0] = app;
        return new App(app, routes);
    }

    /** What a dashboard viewer sees: an admin everything; a trainer self-study and their own workshops. */
    private static Scope dashboardScope(User user, WorkshopStore workshops) {
        List<Workshop> seen = user.role() == Role.ADMIN ? workshops.all() : workshops.ownedBy(user.id());
        Map<String, Scope.Workshop> labelled = seen.stream()
                .collect(Collectors.toMap(Workshop::id, w -> new Scope.Workshop(w.title(), w.date())));
        return user.role() == Role.ADMIN ? Scope.everything(labelled) : Scope.own(labelled);
    }

    /** The title in {@code lang} and the address of the first module that lists such an item. */
    private static Optional<Map<String, String>> moduleListing(CourseSource course, Lang lang, Predicate<Item> item) {
        return course.catalog().modules().stream().filter(m -> m.items().stream().anyMatch(item)).findFirst()
                .map(m -> Map.of("title", m.title().in(lang), "url", m.url()));
    }

    /** The workshops whose inbox results a trainer sees: their own; an admin's, all. */
    private static InboxController.Scope inboxScope(User user, WorkshopStore workshops) {
        List<Workshop> seen = user.role() == Role.ADMIN ? workshops.all() : workshops.ownedBy(user.id());
        Map<String, String> labelled = new java.util.LinkedHashMap<>();
        seen.forEach(w -> labelled.put(w.id(), w.title() + " (" + w.date() + ")"));
        return new InboxController.Scope(user.role() == Role.ADMIN, labelled);
    }

    /** The page of the module that lists a quiz, if one does. */
    private static Optional<String> moduleOf(CourseSource course, String quizId) {
        return course.catalog().modules().stream()
                .filter(m -> m.items().stream().anyMatch(i -> i instanceof Item.Quiz q && q.quizId().equals(quizId)))
                .map(m -> m.url()).findFirst();
    }

    /** The words of a lesson objective, {@code <lesson-id>#<n>}, in the reader's language. */
    private static Optional<String> objectiveText(CourseSource course, String objective, Lang lang) {
        int hash = objective.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        int n = Integer.parseInt(objective.substring(hash + 1));
        return course.catalog().lessonByKey(objective.substring(0, hash)).map(l -> l.in(lang).objectives())
                .filter(list -> n >= 1 && n <= list.size()).map(list -> list.get(n - 1));
    }
}
