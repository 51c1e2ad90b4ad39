package id.serambi.quiz.take;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.util.List;
import java.util.Optional;

/** Small quizzes built in code, for tests of taking them. */
public final class TakeFixtures {
    private TakeFixtures() {
    }

    public static Choice choice(String id, String text, double weight) {
        return new Choice(id, Text.of(text, text + " (en)"), weight, Optional.of(Text.of("Umpan " + id)));
    }

    /** Four questions worth 1 point each, pass mark 50, feedback at the end. */
    public static Quiz quiz(Settings settings) {
        return new Quiz("uji", Quiz.Kind.QUIZ, Text.of("Kuis uji", "Test quiz"), Optional.empty(), settings, List.of(
                new Question.Single("q1", Text.of("Nomor yang dipakai kantor?"), 1, Optional.of(Text.of("Penjelasan q1")),
                        1, List.of(choice("a", "Nomor kantor", 1), choice("b", "Nomor pribadi", 0)), false),
                new Question.Multiple("q2", Text.of("Pilih dua saluran"), 1, Optional.empty(), 2,
                        List.of(choice("a", "WhatsApp", 0.5), choice("b", "Instagram", 0.5),
                                choice("c", "Faks", -1)), false),
                new Question.TrueFalse("q3", Text.of("Sapaan muncul lagi setelah 14 hari"), 1, Optional.empty(), 3,
                        true, Optional.of(Text.of("Ya, benar")), Optional.of(Text.of("Coba lagi"))),
                new Question.Ordering("q4", Text.of("Urutkan"), 1, Optional.empty(), 4,
                        List.of(choice("x", "Menu", 0), choice("y", "Nomor", 0), choice("z", "Jawaban", 0)))));
    }

    public static Quiz quiz() {
        return quiz(new Settings(java.util.OptionalInt.of(50), false, false, Settings.Review.FULL,
                Settings.Review.FULL, 0, Settings.Feedback.AT_END, 2, Settings.Grading.HIGHEST,
                Settings.Layout.ONE_PAGE, Settings.Respondent.NONE, false));
    }

    /** A questionnaire: a Likert item, services with "Lainnya", and free text of at most 20 characters. */
    public static Quiz questionnaire() {
        List<Text> labels = List.of(Text.of("Sangat tidak setuju"), Text.of("Tidak setuju"), Text.of("Netral"),
                Text.of("Setuju"), Text.of("Sangat setuju"));
        return new Quiz("survei", Quiz.Kind.QUESTIONNAIRE, Text.of("Evaluasi"), Optional.empty(),
                Settings.questionnaireDefaults(), List.of(
                new Question.Likert("puas", Text.of("Saya puas"), Optional.empty(), 1, labels, Optional.empty()),
                new Question.Multiple("layanan", Text.of("Layanan yang perlu ditambah"), 0, Optional.empty(), 2,
                        List.of(choice("usaha", "SK usaha", 0), choice("domisili", "SK domisili", 0)), true),
                new Question.FreeText("saran", Text.of("Saran"), Optional.empty(), 3, true, 20)));
    }
}
