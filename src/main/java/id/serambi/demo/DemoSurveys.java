package id.serambi.demo;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questionnaire answers of the demo class, shaped like the field report's: satisfied on the whole,
 * less so with the time given; the needs survey led by the letter of good conduct, then the
 * letter of never having married, then the business letter.
 */
final class DemoSurveys {
    /** How often each service of the needs survey is chosen, in the order the questionnaire lists them. */
    private static final double[] SERVICES = {0.8, 0.62, 0.45, 0.2, 0.15, 0.12, 0.1, 0.14};

    private DemoSurveys() {
    }

    /** The evaluation of respondent {@code number} (from 1), to the questions shown. */
    static Map<String, Answer> evaluation(List<Question> shown, DemoAnswers draw, int number) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : shown) {
            if (q instanceof Question.Likert l) {
                answers.put(q.id(), new Answer.Scale(q.id().equals("waktu") ? draw.scale(3, 12, 40, 33, 12)
                        : l.labels().size() == 5 ? draw.scale(1, 3, 12, 45, 39) : draw.scale(2, 10, 58, 30)));
            } else if (q instanceof Question.Rating r) {
                answers.put(q.id(), new Answer.Scale(Math.min(r.max(), draw.scale(1, 2, 9, 44, 44))));
            } else if (q instanceof Question.Single s) {
                answers.put(q.id(), new Answer.Choices(List.of(s.choices().get(
                        Math.min(s.choices().size(), draw.scale(75, 20, 5)) - 1).id()), ""));
            } else if (q instanceof Question.Multiple m) {
                answers.put(q.id(), services(m, draw, number));
            } else if (q instanceof Question.FreeText) {
                List<String> pool = q.id().equals("kritik") ? DemoTexts.CRITICISM : DemoTexts.SUGGESTIONS;
                if (draw.chance(q.id().equals("kritik") ? 0.55 : 0.65)) {
                    answers.put(q.id(), new Answer.Typed(draw.any(pool)));
                }
            }
        }
        return answers;
    }

    /**
     * The services a respondent would add. The first respondents each also name one of the rarely
     * asked services, so that every service shows at least once.
     */
    private static Answer.Choices services(Question.Multiple q, DemoAnswers draw, int number) {
        List<String> chosen = new ArrayList<>();
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            double p = i < SERVICES.length ? SERVICES[i] : 0.1;
            if (draw.chance(p) || i == 2 + number) {
                chosen.add(choices.get(i).id());
            }
        }
        String other = q.other() && draw.chance(0.12) ? draw.any(DemoTexts.OTHER_SERVICES) : "";
        if (chosen.isEmpty() && other.isEmpty()) {
            chosen.add(choices.get(0).id());
        }
        return new Answer.Choices(chosen, other);
    }

    /** An SKM response: mostly "good" (3 of 4); the fee is free for nearly everyone; complaints fare worst. */
    static Map<String, Answer> skm(List<Question> shown, DemoAnswers draw) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : shown) {
            if (q instanceof Question.Likert l) {
                int value = switch (l.skm().orElse("")) {
                    case "U4" -> draw.scale(1, 3, 11, 85);
                    case "U8" -> draw.scale(5, 22, 53, 20);
                    default -> draw.scale(2, 10, 58, 30);
                };
                answers.put(q.id(), new Answer.Scale(Math.min(value, l.labels().size())));
            } else if (q instanceof Question.FreeText && draw.chance(0.3)) {
                answers.put(q.id(), new Answer.Typed(draw.any(DemoTexts.SKM_SUGGESTIONS)));
            }
        }
        return answers;
    }
}
