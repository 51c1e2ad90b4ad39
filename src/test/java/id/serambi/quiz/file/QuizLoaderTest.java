package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static id.serambi.quiz.file.QuizFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading quiz and questionnaire files: good files give the quiz, and each mistake its path:line. */
class QuizLoaderTest {
    private static final double EPS = 1e-9;

    /** Replaces the one occurrence of {@code old}, so a test cannot silently edit nothing. */
    static String edit(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertTrue(at >= 0 && text.indexOf(old, at + 1) < 0, "'" + old + "' must occur once");
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    private static Question question(Quiz quiz, String id) {
        return quiz.question(id).orElseThrow();
    }

    @Test
    void a_valid_quiz_gives_every_question_type_with_its_settings() {
        QuizFile file = read(QUIZ);
        assertEquals(List.of(), file.problems());
        Quiz quiz = file.quiz().orElseThrow();
        assertEquals(Quiz.Kind.QUIZ, quiz.kind());
        assertEquals("Social Media Quiz", quiz.title().in(Lang.EN));
        assertEquals(new Settings(OptionalInt.of(60), true, false, Settings.Review.SCORE, Settings.Review.FULL, 0,
                Settings.Feedback.IMMEDIATE, 3, Settings.Grading.LAST, Settings.Layout.PER_QUESTION,
                Settings.Respondent.NONE, false), quiz.settings());
        assertEquals(List.of("saluran", "fitur", "gratis", "aplikasi", "jam", "pasangan", "urutan", "esai"),
                quiz.questions().stream().map(Question::id).toList());
        // 2 (saluran) + 1 for each of the six other graded questions; the essay is not graded
        assertEquals(8, quiz.maxPoints(), EPS);
        assertEquals(lineOf(QUIZ, "- id: fitur"), question(quiz, "fitur").line());
    }

    @Test
    void choice_weights_come_from_correct_and_weight() {
        Quiz quiz = read(QUIZ).quiz().orElseThrow();
        Question.Single single = (Question.Single) question(quiz, "saluran");
        assertEquals(List.of(1.0, -0.5, 0.0), single.choices().stream().map(Choice::weight).toList());
        assertEquals("Tepat.", single.choices().get(0).feedback().orElseThrow().id());
        // two options marked correct share 100: 50 each; the penalty is written as -50
        Question.Multiple multiple = (Question.Multiple) question(quiz, "fitur");
        assertEquals(List.of(0.5, 0.5, -0.5), multiple.choices().stream().map(Choice::weight).toList());
    }

    @Test
    void answer_keys_of_the_other_quiz_types_are_read() {
        Quiz quiz = read(QUIZ).quiz().orElseThrow();
        Question.TrueFalse tf = (Question.TrueFalse) question(quiz, "gratis");
        assertTrue(tf.answer() && tf.feedbackTrue().isEmpty() && tf.feedbackFalse().isPresent());
        Question.ShortAnswer sa = (Question.ShortAnswer) question(quiz, "aplikasi");
        assertEquals(List.of("Instagram", "insta*"), sa.accepted().stream().map(a -> a.pattern()).toList());
        assertEquals(List.of(1.0, 0.5), sa.accepted().stream().map(a -> a.weight()).toList());
        Question.Numerical num = (Question.Numerical) question(quiz, "jam");
        assertEquals(7.5, num.answers().get(0).min(), EPS);
        assertEquals(8.5, num.answers().get(0).max(), EPS);
        assertEquals(0.5, num.answers().get(1).weight(), EPS);
        Question.Matching m = (Question.Matching) question(quiz, "pasangan");
        assertEquals(List.of("p1", "p2"), m.pairs().stream().map(Question.Matching.Pair::id).toList());
        assertEquals("Dukcapil", m.pairs().get(1).right().id());
        Question.Ordering o = (Question.Ordering) question(quiz, "urutan");
        assertEquals(List.of("datang", "antre", "pulang"), o.items().stream().map(Choice::id).toList());
        Question.FreeText essay = (Question.FreeText) question(quiz, "esai");
        assertTrue(essay.longText() && !essay.graded());
        assertEquals(Question.FreeText.DEFAULT_MAX, essay.maxChars());
    }

    @Test
    void a_valid_questionnaire_gives_scales_choices_with_other_ratings_and_text() {
        QuizFile file = read(QUESTIONNAIRE);
        assertEquals(List.of(), file.problems());
        Quiz q = file.quiz().orElseThrow();
        assertEquals(new Settings.Respondent(true, true, false), q.settings().respondent());
        assertEquals(false, q.settings().anonymous());
        assertEquals(0, q.maxPoints(), EPS);
        Question.Likert agree = (Question.Likert) question(q, "puas");
        assertEquals(List.of("Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju"),
                agree.labels().stream().map(Text::id).toList());
        assertEquals("Strongly agree", agree.labels().get(4).in(Lang.EN));
        Question.Likert u1 = (Question.Likert) question(q, "u1");
        assertEquals(List.of("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
                u1.labels().stream().map(Text::id).toList());
        assertEquals("U1", u1.skm().orElseThrow());
        assertEquals("Sangat mudah", ((Question.Likert) question(q, "mudah")).labels().get(3).id());
        Question.Multiple services = (Question.Multiple) question(q, "layanan");
        assertTrue(services.other() && !services.graded());
        assertEquals(10, ((Question.Rating) question(q, "nilai")).max());
        assertEquals(1000, ((Question.FreeText) question(q, "saran")).maxChars());
    }

    @Test
    void questionnaire_defaults_ask_the_whole_profile() {
        Quiz q = read(edit(edit(QUESTIONNAIRE, "respondent: { kelurahan: false }\n", ""), "anonymous: false\n", ""))
                .quiz().orElseThrow();
        assertEquals(Settings.questionnaireDefaults(), q.settings());
    }

    @Test
    void broken_yaml_and_empty_files_are_reported() {
        String yaml = edit(QUIZ, "description: Uji pemahaman Anda.", "description: [Uji");
        assertProblem(read(yaml), lineOf(yaml, "pass:"), "content.yaml.syntax");
        assertProblem(read("\n  \n"), 1, "content.file.empty");
        assertProblem(read("- kind: quiz\n"), 1, "content.yaml.mapping");
    }

    @Test
    void kind_is_required_and_must_be_quiz_or_questionnaire() {
        assertProblem(read(edit(QUIZ, "kind: quiz\n", "")), 1, "content.field.required");
        String yaml = edit(QUIZ, "kind: quiz", "kind: kuis");
        assertProblem(read(yaml), 1, "quiz.file.value");
    }

    @Test
    void unknown_keys_and_bad_settings_are_reported_at_their_line() {
        String yaml = edit(edit(edit(edit(edit(QUIZ, "pass: 60", "lulus: 60\npass: 120"), "shuffle_options: false",
                "shuffle_options: ya"), "feedback: immediate", "feedback: never"), "attempts: 3", "attempts: -1"),
                "layout: per-question", "layout: satu");
        QuizFile file = read(yaml);
        assertProblem(file, lineOf(yaml, "lulus:"), "content.field.unknown");
        assertProblem(file, lineOf(yaml, "pass:"), "content.field.integer");
        assertProblem(file, lineOf(yaml, "shuffle_options:"), "quiz.file.boolean");
        assertProblem(file, lineOf(yaml, "feedback: never"), "quiz.file.value");
        assertProblem(file, lineOf(yaml, "attempts:"), "content.field.integer");
        assertProblem(file, lineOf(yaml, "layout:"), "quiz.file.value");
    }

    @Test
    void settings_of_the_other_kind_are_reported() {
        String quiz = edit(QUIZ, "pass: 60", "pass: 60\nanonymous: true\nrespondent: { name: false }");
        assertProblem(read(quiz), lineOf(quiz, "anonymous:"), "quiz.file.onlyquestionnaire");
        assertProblem(read(quiz), lineOf(quiz, "respondent:"), "quiz.file.onlyquestionnaire");
        String questionnaire = edit(QUESTIONNAIRE, "anonymous: false", "pass: 70");
        assertProblem(read(questionnaire), lineOf(questionnaire, "pass:"), "quiz.file.onlyquiz");
        String profile = edit(QUESTIONNAIRE, "{ kelurahan: false }", "{ alamat: true }");
        assertProblem(read(profile), lineOf(profile, "respondent:"), "content.field.unknown");
    }

    @Test
    void questions_come_from_the_file_or_a_pool_not_both_and_not_neither() {
        String both = edit(QUIZ, "questions:", "pool: pre-post\nquestions:");
        assertProblem(read(both), lineOf(both, "pool:"), "quiz.file.pool.both");
        String neither = "kind: quiz\ntitle: Kosong\n";
        assertProblem(read(neither), 1, "quiz.file.questions.missing");
        String empty = "kind: quiz\ntitle: Kosong\nquestions: []\n";
        assertProblem(read(empty), 3, "quiz.file.questions.empty");
        String badPool = "kind: quiz\ntitle: Uji\npool: Pre Post\n";
        assertProblem(read(badPool), 3, "content.id.format");
    }

    @Test
    void question_ids_are_required_well_formed_and_unique() {
        String noPrompt = edit(QUIZ, "    prompt: Fitur WhatsApp Business?\n", "");
        assertProblem(read(noPrompt), lineOf(noPrompt, "- id: fitur"), "content.field.required");
        String badId = edit(QUIZ, "- id: fitur", "- id: Fitur_1");
        assertProblem(read(badId), lineOf(badId, "- id: Fitur_1"), "content.id.format");
        String twice = edit(QUIZ, "- id: gratis", "- id: fitur");
        QuizFile file = read(twice);
        int second = lineOf(twice, "- id: fitur\n    type: truefalse");
        assertProblem(file, second, "quiz.file.question.duplicate");
        assertEquals(List.of("fitur", lineOf(twice, "- id: fitur")), file.problems().get(0).args(),
                "the message names the line of the first use");
    }

    @Test
    void question_types_are_checked_against_the_kind_of_file() {
        String unknown = edit(QUIZ, "type: ordering", "type: urutan");
        assertProblem(read(unknown), lineOf(unknown, "type: urutan"), "quiz.file.type.unknown");
        String likertInQuiz = edit(QUIZ, "type: ordering", "type: likert");
        assertProblem(read(likertInQuiz), lineOf(likertInQuiz, "type: likert"), "quiz.file.type.quiz");
        String tfInQuestionnaire = edit(QUESTIONNAIRE, "type: rating", "type: truefalse");
        assertProblem(read(tfInQuestionnaire), lineOf(tfInQuestionnaire, "type: truefalse"),
                "quiz.file.type.questionnaire");
    }

    @Test
    void a_key_of_another_question_type_is_reported() {
        String yaml = edit(QUIZ, "    points: 2\n", "    points: 2\n    answer: true\n");
        assertProblem(read(yaml), lineOf(yaml, "answer: true\n    explanation"), "quiz.file.field.type");
    }

    @Test
    void points_are_positive_and_only_on_graded_quiz_questions() {
        String zero = edit(QUIZ, "points: 2", "points: 0");
        assertProblem(read(zero), lineOf(zero, "points: 0"), "quiz.file.points");
        String word = edit(QUIZ, "points: 2", "points: dua");
        assertProblem(read(word), lineOf(word, "points: dua"), "quiz.file.number");
        String essay = edit(QUIZ, "    long: true\n", "    long: true\n    points: 5\n");
        Question marked = question(read(essay).quiz().orElseThrow(), "esai");
        assertEquals(5, marked.points(), EPS, "an essay with points is marked by a trainer");
        assertTrue(marked.markedByTrainer());
        assertFalse(question(read(QUIZ).quiz().orElseThrow(), "esai").graded(), "without points it is not marked");
        String item = edit(QUESTIONNAIRE, "    max: 10\n", "    max: 10\n    points: 1\n");
        assertProblem(read(item), lineOf(item, "points: 1"), "quiz.file.points.ungraded");
    }

    @Test
    void a_choice_weight_must_be_one_of_moodles_grades() {
        String third = edit(QUIZ, "{ id: c, text: Filter foto, weight: -50 }", "{ id: c, text: Filter foto, weight: -34 }");
        assertProblem(read(third), lineOf(third, "weight: -34"), "quiz.file.weight.grade");
        String exact = edit(QUIZ, "{ id: c, text: Filter foto, weight: -50 }",
                "{ id: c, text: Filter foto, weight: -33.33333 }");
        assertEquals(List.of(), read(exact).problems());
    }
}
