package id.serambi.course;

import id.serambi.ContentLoading;
import id.serambi.Practice;
import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.i18n.Messages;
import id.serambi.inbox.model.Inbox;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every item of every bundled module as one learner: each opens, and each a learner finishes
 * alone (lessons, practice tasks, checklists, inboxes, quizzes without an essay for the trainer)
 * is finished the way the pages let a learner finish it and counts on the module's bar. Planner and
 * design tasks, which a learner passes by writing their own plan or menu, are finished in their own
 * tests; quizzes with an essay count once a trainer marks it.
 */
class CourseWalkTest {
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static TestApp app;
    private static Catalog catalog;
    private static QuizCatalog quizzes;
    private static Practice practice;
    private static MenuCatalog menus;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        ContentLoading loading = new ContentLoading(new Messages());
        CatalogLoader.Result result = loading.loader().load(ContentRoot.bundled());
        assertTrue(result.ok(), result.problems().toString());
        catalog = result.catalog().orElseThrow();
        quizzes = loading.quizzes(result);
        practice = loading.practice(result);
        menus = loading.menus(result);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_item_of_every_module_opens_and_what_a_learner_finishes_alone_counts_on_its_module() {
        List<String> wrong = new ArrayList<>();
        for (Module module : catalog.modules()) {
            Http learner = app.http();
            int finished = 0;
            int counted = 0;
            for (Item item : module.items()) {
                String page = item.url().replaceFirst("#.*", "");
                int status = learner.get(page).statusCode();
                if (status != 200) {
                    wrong.add(module.id() + ": " + item.kind() + " " + item.url() + " answers " + status);
                    continue;
                }
                counted += item.completionId().isPresent() ? 1 : 0;
                if (finish(learner, item)) {
                    finished++;
                }
            }
            String bar = learner.get(module.url()).body();
            String expected = finished + " dari " + counted + " langkah selesai";
            if (!bar.contains(expected)) {
                wrong.add(module.id() + ": expected '" + expected + "' on its page");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_module_has_an_audience_three_to_nine_lessons_each_with_an_english_twin_and_a_quiz() {
        List<String> wrong = new ArrayList<>();
        for (Module module : catalog.modules()) {
            int lessons = module.lessons().size();
            if (lessons < 3 || lessons > 9) {
                wrong.add(module.id() + " has " + lessons + " lessons");
            }
            if (module.audience().isEmpty()) {
                wrong.add(module.id() + " names no audience");
            }
            module.lessons().stream().filter(l -> l.en().isEmpty())
                    .forEach(l -> wrong.add(l.key() + " has no English twin"));
            boolean quiz = module.items().stream().filter(Item.Quiz.class::isInstance).map(Item.Quiz.class::cast)
                    .anyMatch(q -> quizzes.find(q.quizId()).map(z -> z.kind() == Quiz.Kind.QUIZ).orElse(false));
            if (!quiz) {
                wrong.add(module.id() + " lists no quiz");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Finishes the item as a learner would; false for what a learner cannot finish alone. */
    private static boolean finish(Http learner, Item item) {
        if (item instanceof Lesson l) {
            return learner.submit(l.url(), l.url() + "/selesai", Map.of("done", "1")).statusCode() == 303;
        } else if (item instanceof Item.Task t) {
            return task(learner, t);
        } else if (item instanceof Item.Checklist c) {
            return checklist(learner, c);
        } else if (item instanceof Item.Inbox i) {
            return inbox(learner, i);
        } else if (item instanceof Item.Quiz q) {
            return quiz(learner, q);
        }
        return false;
    }

    private static boolean task(Http learner, Item.Task t) {
        String chat = "/simulator/" + t.menuId();
        var task = menus.menu(t.menuId()).orElseThrow().tasks().stream()
                .filter(x -> x.id().equals(t.taskId())).findFirst().orElseThrow();
        assertEquals(303, learner.submit(chat, chat + "/latihan", Map.of("tugas", t.taskId())).statusCode());
        assertEquals(303, learner.submit(chat, chat + "/kirim", Map.of("text", "Menu")).statusCode());
        for (int choice : task.goal()) {
            assertEquals(303, learner.submit(chat, chat + "/kirim", Map.of("text", String.valueOf(choice))).statusCode());
        }
        return true;
    }

    private static boolean checklist(Http learner, Item.Checklist c) {
        Checklist list = practice.checklists().checklist(c.id()).orElseThrow();
        for (Checklist.Step step : list.steps()) {
            assertEquals(303, learner.submit(c.url(), c.url() + "/centang",
                    Map.of("langkah", step.id(), "centang", "1")).statusCode());
        }
        return true;
    }

    /** A Serambi address a lesson, guide, card or checklist tells its reader to open, as {@code `/path`} or a link. */
    private static final Pattern ADDRESS = Pattern.compile("`(/[a-z0-9][a-z0-9/_-]*)`|\\]\\((/[a-z0-9][a-z0-9/_-]*)\\)");

    @Test
    void every_serambi_address_the_course_tells_its_reader_to_open_opens() throws IOException {
        Map<String, String> named = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = ADDRESS.matcher(Files.readString(file));
            while (m.find()) {
                named.putIfAbsent(m.group(1) != null ? m.group(1) : m.group(2), file.toString());
            }
        }
        assertTrue(named.size() > 20, "the guides name the pages a trainer opens: " + named.keySet());
        TestAccounts.create(app.database().jdbi(), "pak.admin", Role.ADMIN, TestApp.TEST_PASSWORD);
        Http admin = app.http();
        assertEquals(303, admin.submit("/masuk", "/masuk", Map.of("nama", "pak.admin", "sandi", TestApp.TEST_PASSWORD)).statusCode());
        List<String> broken = new ArrayList<>();
        named.forEach((address, file) -> {
            int status = admin.get(address).statusCode();
            if (status >= 400) {
                broken.add(file + ": " + address + " answers " + status);
            }
        });
        assertEquals(List.of(), broken, "an address the course names must open for the staff who read it");
    }

    private static boolean inbox(Http learner, Item.Inbox i) {
        Inbox inbox = practice.inboxes().inbox(i.id()).orElseThrow();
        for (var message : inbox.messages()) {
            String page = "/kotak-masuk/" + inbox.id() + "/pesan/" + message.id();
            HttpResponse<String> judged = learner.submit(page, page, Map.of("putusan", "aman"));
            assertEquals(303, judged.statusCode(), page);
        }
        return true;
    }

    private static boolean quiz(Http learner, Item.Quiz item) {
        Quiz quiz = quizzes.find(item.quizId()).orElseThrow();
        if (quiz.kind() != Quiz.Kind.QUIZ || quiz.questions().stream().anyMatch(Question::markedByTrainer)) {
            return false;
        }
        String url = "/kuis/" + quiz.id();
        assertEquals(303, learner.submit(url, url + "/mulai", Map.of()).statusCode(), url);
        String form = learner.get(url + "/isi").body();
        Matcher m = ATTEMPT.matcher(form);
        assertTrue(m.find(), url + " shows no attempt");
        List<String> shown = QuizAnswers.shown(form);
        List<Map.Entry<String, String>> answers = new ArrayList<>();
        for (Question q : QuizAnswers.questions(quiz, shown)) {
            answers.add(Map.entry("soal", q.id()));
            answers.addAll(QuizAnswers.right(q));
        }
        answers.add(Map.entry("percobaan", m.group(1)));
        return learner.submitAll(url + "/isi", url + "/kirim", answers).statusCode() == 303;
    }
}
