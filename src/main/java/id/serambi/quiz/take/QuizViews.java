package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Bubble;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Builds what the take and result pages show of each question, in the reader's language. */
public final class QuizViews {
    private final Messages messages;

    public QuizViews(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param optionOrder the order this attempt shows the question's options, right-hand texts or
     *                    items in (see {@link id.serambi.quiz.model.Paper})
     * @param error    why the answer just given could not be kept
     * @param feedback the feedback to show, when it is shown
     */
    public QuestionView question(Question q, int number, Optional<Answer> answer, boolean locked, Lang lang,
                                 List<String> optionOrder, Optional<AnswerCheck.Invalid> error,
                                 Optional<QuestionView.Feedback> feedback) {
        return question(q, ItemInfo.NONE, number, answer, locked, lang, optionOrder, error, feedback);
    }

    /** As above, with what the quiz file says of the question: its prompt's HTML, when it has one. */
    public QuestionView question(Question q, ItemInfo info, int number, Optional<Answer> answer, boolean locked,
                                 Lang lang, List<String> optionOrder, Optional<AnswerCheck.Invalid> error,
                                 Optional<QuestionView.Feedback> feedback) {
        String errorText = error.map(e -> messages.get(lang, e.key(), e.args().toArray())).orElse(null);
        String prompt = q.prompt().in(lang);
        String field = QuizForm.field(q);
        List<QuestionView.Option> options = List.of();
        QuestionView.Other other = null;
        List<QuestionView.Row> rows = List.of();
        String kind;
        String input = "";
        String value = "";
        int max = 0;
        if (q instanceof Question.Description) {
            kind = "description";
        } else if (q instanceof Question.Single || q instanceof Question.Multiple) {
            boolean single = q instanceof Question.Single;
            List<Choice> choices = single ? ((Question.Single) q).choices() : ((Question.Multiple) q).choices();
            List<String> chosen = answer.filter(Answer.Choices.class::isInstance)
                    .map(a -> ((Answer.Choices) a).ids()).orElse(List.of());
            String otherText = answer.filter(Answer.Choices.class::isInstance)
                    .map(a -> ((Answer.Choices) a).other()).orElse("");
            options = inOrder(choices, optionOrder).stream()
                    .map(c -> new QuestionView.Option(c.id(), c.text().in(lang), chosen.contains(c.id()),
                            message(info.choiceMessages().get(c.id()), lang))).toList();
            boolean allowsOther = single ? ((Question.Single) q).other() : ((Question.Multiple) q).other();
            if (allowsOther) {
                other = new QuestionView.Other(!otherText.isEmpty(), otherText);
            }
            kind = "choice";
            input = single ? "radio" : "checkbox";
        } else if (q instanceof Question.TrueFalse) {
            Optional<Boolean> given = answer.filter(Answer.Bool.class::isInstance).map(a -> ((Answer.Bool) a).value());
            options = List.of(
                    new QuestionView.Option(QuizForm.TRUE, messages.get(lang, "quiz.true"), given.orElse(false)),
                    new QuestionView.Option(QuizForm.FALSE, messages.get(lang, "quiz.false"), !given.orElse(true)));
            kind = "choice";
            input = "radio";
        } else if (q instanceof Question.Likert l) {
            int given = scale(answer);
            options = IntStream.range(0, l.labels().size()).mapToObj(i -> new QuestionView.Option(
                    String.valueOf(i + 1), l.labels().get(i).in(lang), given == i + 1)).toList();
            kind = "scale";
            input = "radio";
        } else if (q instanceof Question.Rating r) {
            int given = scale(answer);
            options = IntStream.rangeClosed(1, r.max()).mapToObj(i -> new QuestionView.Option(
                    String.valueOf(i), messages.get(lang, "quiz.rating.point", i, r.max()), given == i)).toList();
            kind = "rating";
            input = "radio";
        } else if (q instanceof Question.Matching m) {
            List<String> rights = optionOrder.isEmpty() ? m.rights() : optionOrder;
            java.util.Map<String, String> chosen = answer.filter(Answer.Pairs.class::isInstance)
                    .map(a -> ((Answer.Pairs) a).chosen()).orElse(java.util.Map.of());
            rows = m.pairs().stream().map(p -> new QuestionView.Row(QuizForm.field(q, p.id()), p.left().in(lang),
                    rights.stream().map(r -> new QuestionView.Option(r, m.right(r).map(t -> t.in(lang)).orElse(r),
                            r.equals(chosen.get(p.id())))).toList())).toList();
            kind = "matching";
        } else if (q instanceof Question.Ordering o) {
            List<String> order = answer.filter(Answer.Order.class::isInstance)
                    .map(a -> ((Answer.Order) a).ids()).orElse(List.of());
            rows = inOrder(o.items(), optionOrder).stream().map(item -> new QuestionView.Row(QuizForm.field(q, item.id()),
                    item.text().in(lang), IntStream.rangeClosed(1, o.items().size()).mapToObj(i -> new QuestionView.Option(
                            String.valueOf(i), String.valueOf(i), order.indexOf(item.id()) + 1 == i)).toList()))
                    .toList();
            kind = "ordering";
        } else {
            value = answer.filter(Answer.Typed.class::isInstance).map(a -> ((Answer.Typed) a).text()).orElse("");
            kind = "text";
            if (q instanceof Question.FreeText t) {
                input = t.longText() ? "textarea" : "text";
                max = t.maxChars();
            } else {
                input = q instanceof Question.Numerical ? "number" : "text";
                max = 200;
            }
        }
        return new QuestionView(q.id(), number, prompt, kind, input, field, options, other, rows, value, max,
                errorText, feedback.orElse(null), locked, q.graded() && !q.markedByTrainer(),
                lang == Lang.ID || q.prompt().en().isEmpty() ? info.promptHtml().orElse(null) : null,
                info.message().map(m -> message(m, lang)).orElse(null),
                info.image().map(i -> new QuestionView.Image("/media/images/" + i.file(), i.alt().in(lang))).orElse(null));
    }

    private static QuestionView.Message message(Bubble bubble, Lang lang) {
        return bubble == null ? null : new QuestionView.Message(bubble.sender(), bubble.text().in(lang),
                bubble.link().orElse(null), bubble.attachment().orElse(null));
    }

    private static int scale(Optional<Answer> answer) {
        return answer.filter(Answer.Scale.class::isInstance).map(a -> ((Answer.Scale) a).value()).orElse(0);
    }

    /** The choices in the order this attempt shows them; any the order does not name follow as written. */
    static List<Choice> inOrder(List<Choice> choices, List<String> order) {
        List<Choice> shown = new ArrayList<>();
        for (String id : order) {
            choices.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(shown::add);
        }
        choices.stream().filter(c -> !shown.contains(c)).forEach(shown::add);
        return shown;
    }
}
