package id.serambi.gates;

import id.serambi.support.Http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
            MODULE + "/03-memilih-saluran-media-sosial",
            MODULE + "/04-kriteria-pelayanan-publik-yang-baik",
            MODULE + "/05-layanan-whatsapp-kelurahan-madatte",
            MODULE + "/06-informasi-instagram-kelurahan-madatte");

    /**
     * The cookies by which the server knows a visitor: the browser gets these from the setup's
     * client before it opens a page. A feature that adds one (a login session, a workshop seat) adds
     * its name here.
     */
    static final List<String> VISITOR_COOKIES = List.of("serambi_bahasa", "serambi_pelajar", "serambi_csrf");

    /** A page to check: a name for failure messages, what to do first, where it is, what it answers. */
    public record GatePage(String name, Consumer<Http> setup, String path, int expectedStatus) {
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
                new GatePage("404 page for an unknown address", NOTHING, "/tidak/ada?x=1", 404));
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
