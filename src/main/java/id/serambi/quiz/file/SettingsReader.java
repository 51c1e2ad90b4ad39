package id.serambi.quiz.file;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how a quiz or questionnaire is taken; what is not written keeps the kind's default. Keys
 * that only make sense for the other kind (a pass mark in a questionnaire, a respondent profile in a
 * quiz) are reported rather than ignored, so an author does not expect them to do something.
 */
final class SettingsReader {
    static final Set<String> KEYS = Set.of("pass", "shuffle_questions", "shuffle_options", "review",
            "review_closed", "draw", "feedback", "attempts", "grading", "layout", "respondent", "anonymous");
    private static final List<String> REVIEWS = List.of("none", "score", "full");
    private static final Set<String> RESPONDENT = Set.of("group", "name", "kelurahan");

    private final QuizYaml y;

    SettingsReader(QuizYaml y) {
        this.y = y;
    }

    Settings read(Map<String, NodeTuple> f, Node node, Quiz.Kind kind) {
        boolean quiz = kind == Quiz.Kind.QUIZ;
        Settings d = quiz ? Settings.quizDefaults() : Settings.questionnaireDefaults();
        OptionalInt pass = d.pass();
        Settings.Respondent respondent = d.respondent();
        boolean anonymous = d.anonymous();
        if (quiz) {
            pass = pass(f, node).orElse(pass);
            y.notHere(f, "respondent", "quiz.file.onlyquestionnaire", "respondent");
            y.notHere(f, "anonymous", "quiz.file.onlyquestionnaire", "anonymous");
        } else {
            y.notHere(f, "pass", "quiz.file.onlyquiz", "pass");
            respondent = respondent(f).orElse(respondent);
            anonymous = y.bool(f, "anonymous").orElse(anonymous);
        }
        boolean shuffleQuestions = y.bool(f, "shuffle_questions").orElse(d.shuffleQuestions());
        boolean shuffleOptions = y.bool(f, "shuffle_options").orElse(d.shuffleOptions());
        Settings.Review review = review(f, "review", node).orElse(d.review());
        Settings.Review reviewClosed = review(f, "review_closed", node).orElse(review);
        int draw = y.yaml.integer(f, "draw", node, 1, 100, false).orElse(0);
        Settings.Feedback feedback = y.word(f, "feedback", node, List.of("immediate", "end"))
                .map(w -> w.equals("end") ? Settings.Feedback.AT_END : Settings.Feedback.IMMEDIATE)
                .orElse(d.feedback());
        int attempts = y.yaml.integer(f, "attempts", node, 0, 1000, false).orElse(d.attempts());
        Settings.Grading grading = y.word(f, "grading", node, List.of("highest", "last"))
                .map(w -> w.equals("last") ? Settings.Grading.LAST : Settings.Grading.HIGHEST)
                .orElse(d.grading());
        Settings.Layout layout = y.word(f, "layout", node, List.of("one-page", "per-question"))
                .map(w -> w.equals("one-page") ? Settings.Layout.ONE_PAGE : Settings.Layout.PER_QUESTION)
                .orElse(d.layout());
        return new Settings(pass, shuffleQuestions, shuffleOptions, review, reviewClosed, draw, feedback, attempts,
                grading, layout, respondent, anonymous);
    }

    /** A pass mark from 0 to 100, or {@code none} for a quiz that is not passed or failed. */
    private Optional<OptionalInt> pass(Map<String, NodeTuple> f, Node node) {
        if (QuizYaml.has(f, "pass") && f.get("pass").getValueNode() instanceof ScalarNode s
                && s.getValue().strip().equals("none")) {
            return Optional.of(OptionalInt.empty());
        }
        return y.yaml.integer(f, "pass", node, 0, 100, false).map(OptionalInt::of);
    }

    private Optional<Settings.Review> review(Map<String, NodeTuple> f, String key, Node node) {
        return y.word(f, key, node, REVIEWS).map(w -> Settings.Review.valueOf(w.toUpperCase(Locale.ROOT)));
    }

    /** Each part of the profile is asked unless turned off. */
    private Optional<Settings.Respondent> respondent(Map<String, NodeTuple> f) {
        if (!QuizYaml.has(f, "respondent")) {
            return Optional.empty();
        }
        Node value = f.get("respondent").getValueNode();
        return y.yaml.fields(value, "respondent", RESPONDENT).map(r -> new Settings.Respondent(
                y.bool(r, "group").orElse(true), y.bool(r, "name").orElse(true), y.bool(r, "kelurahan").orElse(true)));
    }
}
