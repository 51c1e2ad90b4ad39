package id.serambi.account;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site header's account links: what each role is offered on every page. */
class SiteHeaderPagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The header of the page at {@code path}, up to the language links. */
    private static String header(Http http, String path) {
        String page = http.get(path).body();
        return page.substring(page.indexOf("<header"), page.indexOf("class=\"lang\""));
    }

    @Test
    void a_stranger_is_offered_to_log_in_and_come_back_to_the_page() {
        String header = header(app.http(), "/simulator");
        assertTrue(header.contains("href=\"/masuk?ke=/simulator\">Masuk</a>"), header);
        assertFalse(header.contains("/keluar"), header);
        assertFalse(header(app.http(), "/masuk").contains(">Masuk</a>"), "the login page needs no link to itself");
    }

    @Test
    void a_learner_sees_their_name_and_a_logout_button_and_no_staff_pages() {
        Http learner = app.http();
        String name = learner.logInAsNew(Role.LEARNER);
        String header = header(learner, "/");
        assertTrue(header.contains(">" + name + "</a>"), header);
        assertTrue(header.contains("action=\"/keluar\"") && header.contains(">Keluar</button>"), header);
        assertFalse(header.contains("/masuk"), header);
        assertFalse(header.contains("/dasbor") || header.contains("/pelatihan") || header.contains("/admin"), header);
    }

    @Test
    void trainers_get_workshops_and_dashboards_and_admins_also_users() {
        String trainer = header(app.loggedIn(Role.TRAINER), "/");
        assertTrue(trainer.contains("href=\"/pelatihan\">Pelatihan</a>") && trainer.contains("href=\"/dasbor\">Dasbor</a>"),
                trainer);
        assertFalse(trainer.contains("/admin/pengguna"), trainer);
        String admin = header(app.loggedIn(Role.ADMIN), "/");
        assertTrue(admin.contains("href=\"/admin/pengguna\">Pengguna</a>") && admin.contains("href=\"/dasbor\""), admin);
    }

    @Test
    void the_logout_button_ends_the_session_and_the_header_offers_to_log_in_again() {
        Http trainer = app.loggedIn(Role.TRAINER);
        assertEquals(303, trainer.submit("/", "/keluar", Map.of()).statusCode());
        assertTrue(header(trainer, "/").contains(">Masuk</a>"));
        assertEquals(303, trainer.get("/dasbor").statusCode(), "the dashboards ask to log in again");
    }

    @Test
    void the_header_speaks_english_when_asked() {
        Http trainer = app.loggedIn(Role.TRAINER);
        trainer.get("/bahasa/en?ke=/");
        String header = header(trainer, "/");
        assertTrue(header.contains(">Log out</button>") && header.contains(">Dashboards</a>"), header);
    }
}
