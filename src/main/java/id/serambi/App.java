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
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.instagram.InstagramWeb;
import id.serambi.instagram.model.TaskFiles;
import id.serambi.quiz.imported.GiftController;
import id.serambi.quiz.imported.ImportedQuizStore;
import id.serambi.quiz.imported.ImportedQuizzes;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizController;
import id.serambi.quiz.take.QuizStore;
import id.serambi.quiz.marking.MarkingController;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.report.dashboard.ReportController;
import id.serambi.report.dashboard.Scope;
import id.serambi.web.Health;
import id.serambi.web.LanguageSwitch;
import id.serambi.web.Pages;
import id.serambi.web.PublicAddress;
import id.serambi.web.RouteTable;
import id.serambi.web.WebSetup;
import id.serambi.workshop.WorkshopWeb;
import id.serambi.workshop.join.RoomLink;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.Javalin;
import jakarta.servlet.ServletException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The web application built from its parts, with the route table it serves; {@link Main} only reads
 * the config and starts the server.
 */
public record App(Javalin server, RouteTable routes) {

    public static App create(Database database, CourseSource course, MenuCatalog menus, QuizCatalog quizFiles,
                             Messages messages, PublicAddress address, Clock clock) {
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
        Simulator practice = new Simulator(menus, designs, simulatorStore, clock);
        GiftController gift = new GiftController(imported, pages, messages);
        Submissions submissions = new Submissions(database.jdbi(), quizStore, clock);
        ReportController report = new ReportController(quizzes, submissions, pages, messages, clock,
                ctx -> dashboardScope(currentUser.signedIn(ctx), workshops));
        WorkshopWeb.Handlers workshopPages = workshopWeb.handlers(course, quizzes, menus,
                new LiveResults(quizzes, submissions, messages, (objective, lang) -> objectiveText(course, objective, lang)),
                pages, messages, currentUser, accountWeb.accounts(),
                address);
        AccountWeb.Handlers accountPages = accountWeb.handlers(pages, messages);
        InstagramWeb instagram = new InstagramWeb(database.jdbi(), new TaskFiles().read(course.root()).content(), pages,
                messages, clock);
        RouteTable routes = Routes.table(new Routes.Handlers(new Health(pages.version(), database::isReachable),
                new LanguageSwitch(), lessons, new SimulatorController(practice, pages),
                new ExportController(menus, designs, pages, messages),
                new PracticeMapController(practice, simulatorStore, pages),
                new DesignerController(designs, menus, pages, messages),
                new DesignEditController(designs, pages, messages),
                new DesignPreviewController(designs, pages, messages), quiz, gift,
                new MarkingController(attempts, pages, messages, ctx -> currentUser.signedIn(ctx).id()), report,
                workshopPages,
                accountPages,
                instagram.handlers()));
        // the port is known only once started; a one-element holder lets the listener read the app
        Javalin[] started = new Javalin[1];
        Javalin app = Javalin.create(config -> {
            WebSetup.configure(config, messages, pages);
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
