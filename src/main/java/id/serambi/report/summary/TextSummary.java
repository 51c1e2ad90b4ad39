package id.serambi.report.summary;

import id.serambi.quiz.model.Question;
import id.serambi.quiz.result.TextAnswer;

import java.util.List;

/** A free-text question: every non-blank answer, oldest first, hidden ones marked. */
public record TextSummary(Question question, List<TextAnswer> answers) implements Summary {

    public TextSummary {
        answers = List.copyOf(answers);
    }

    @Override
    public int n() {
        return answers.size();
    }

    public List<TextAnswer> visible() {
        return answers.stream().filter(t -> !t.hidden()).toList();
    }
}
