package id.serambi.report.readmodel;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.stats.Skm;
import id.serambi.report.summary.Summaries;
import id.serambi.report.summary.Summary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a questionnaire's dashboard shows, whichever way it was added up: how many responded, the
 * summary of each question, each group's summaries when the groups are set side by side (empty
 * otherwise), how many gave each group and how many gave none, and the SKM index when the
 * questionnaire asks it.
 */
public record SurveyFigures(int responses, List<Summary> summaries, Map<Group, List<Summary>> byGroup,
                            Map<Group, Integer> groups, int ungrouped, Optional<Skm> skm) {

    public SurveyFigures {
        summaries = List.copyOf(summaries);
        byGroup = Map.copyOf(byGroup);
        groups = Map.copyOf(groups);
    }

    /**
     * Adds up the responses themselves, one by one: what every figure is checked against.
     *
     * @param split whether to add up each group on its own too
     */
    public static SurveyFigures of(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, boolean split) {
        Map<Group, List<Summary>> byGroup = new EnumMap<>(Group.class);
        Map<Group, Integer> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            List<Response> of = responses.stream().filter(r -> r.group().equals(Optional.of(g))).toList();
            groups.put(g, of.size());
            if (split) {
                byGroup.put(g, Summaries.of(quiz, of, hidden));
            }
        }
        int ungrouped = (int) responses.stream().filter(r -> r.group().isEmpty()).count();
        return new SurveyFigures(responses.size(), Summaries.of(quiz, responses, hidden), byGroup, groups, ungrouped,
                Skm.of(quiz, responses));
    }
}
