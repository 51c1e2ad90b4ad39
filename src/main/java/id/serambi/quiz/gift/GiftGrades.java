package id.serambi.quiz.gift;

import id.serambi.quiz.model.MoodleGrades;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Moodle's grades ({@link MoodleGrades}) as GIFT files write them. */
final class GiftGrades {
    private GiftGrades() {
    }

    static boolean allowed(double fraction) {
        return MoodleGrades.allowed(fraction);
    }

    /** The allowed positive percentages, as a message lists them: "100, 90, 83.33333, ...". */
    static String shown() {
        List<String> all = new ArrayList<>();
        for (double grade : MoodleGrades.positive()) {
            all.add(GiftAnswers.percent(grade, 5));
        }
        return all.stream().collect(Collectors.joining(", "));
    }
}
