package id.serambi;

import id.serambi.chat.MenuCatalog;
import id.serambi.course.CourseController;
import id.serambi.course.CourseSource;
import id.serambi.course.ProgressStore;
import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.WebSetup;
import io.javalin.Javalin;

import java.time.Clock;

/** Builds the web application from its parts; {@link Main} only reads the config and starts it. */
public final class App {
    private App() {
    }

    public static Javalin create(Database database, CourseSource course, MenuCatalog menus, Messages messages,
                                 Clock clock) {
        Pages pages = new Pages(Version.current());
        CourseController lessons = new CourseController(course, new ProgressStore(database.jdbi()), pages, clock);
        return Javalin.create(config -> {
            WebSetup.configure(config, messages, pages, database::isReachable);
            var routes = config.routes;
            routes.get("/", lessons::home);
            routes.get("/modul/{module}", lessons::module);
            routes.get("/modul/{module}/{lesson}", lessons::lesson);
            routes.post("/modul/{module}/{lesson}/selesai", lessons::markDone);
            routes.get("/media/<path>", lessons::media);
        });
    }
}
