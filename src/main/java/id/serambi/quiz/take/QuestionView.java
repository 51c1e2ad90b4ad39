package id.serambi.quiz.take;

import java.util.List;

/**
 * One question as the take and result pages show it, already in the reader's language.
 *
 * @param kind     the template fragment that draws it: choice, text, scale, matching, ordering, or
 *                 description (a text between the questions, with nothing to answer)
 * @param promptHtml the prompt as safe HTML (see {@link id.serambi.quiz.model.ItemInfo#promptHtml}),
 *                 shown in place of {@code prompt}; null for a plain prompt
 * @param input    for choices and scales, radio or checkbox; for text, text, number or textarea
 * @param options  the options, scale points or true/false, with the one(s) already chosen
 * @param rows     the pairs of a matching question or the items of an ordering one
 * @param value    the text typed so far
 * @param error    why the last answer given could not be kept, when it could not
 * @param feedback what the learner is told about their answer, once it is shown
 * @param locked   whether the answer can no longer change (its feedback was shown)
 * @param checkable whether the learner can check the answer at once: the grader marks it
 * @param message  a chat message shown above the options, or null
 * @param image    an image shown above the options, or null
 */
public record QuestionView(String id, int number, String prompt, String kind, String input, String field,
                           List<Option> options, Other other, List<Row> rows, String value, int maxChars,
                           String error, Feedback feedback, boolean locked, boolean checkable,
                           String promptHtml, Message message, Image image) {

    public QuestionView {
        options = List.copyOf(options);
        rows = List.copyOf(rows);
    }

    public QuestionView(String id, int number, String prompt, String kind, String input, String field,
                        List<Option> options, Other other, List<Row> rows, String value, int maxChars,
                        String error, Feedback feedback, boolean locked, boolean checkable, String promptHtml) {
        this(id, number, prompt, kind, input, field, options, other, rows, value, maxChars, error, feedback, locked,
                checkable, promptHtml, null, null);
    }

    /** A chat message as the page draws it, in the reader's language; link and attachment may be null. */
    public record Message(String sender, String text, String link, String attachment) {
    }

    /** An image above the options: its address and alternative text. */
    public record Image(String src, String alt) {
    }

    /** The same question under another number. */
    public QuestionView numbered(int n) {
        return new QuestionView(id, n, prompt, kind, input, field, options, other, rows, value, maxChars, error, feedback,
                locked, checkable, promptHtml, message, image);
    }

    public String domId() {
        return "soal-" + id;
    }

    /** An option; {@code message} is the chat message it shows, or null. */
    public record Option(String value, String label, boolean chosen, Message message) {
        public Option(String value, String label, boolean chosen) {
            this(value, label, chosen, null);
        }
    }

    /** "Lainnya: ..." of a choice item: whether it was chosen and what was typed. */
    public record Other(boolean chosen, String text) {
    }

    /** A matching pair's left side, or an ordering item, with the choices of its select box. */
    public record Row(String field, String label, List<Option> choices) {
        public Row {
            choices = List.copyOf(choices);
        }
    }

    /**
     * @param verdict  right, partial, wrong or unanswered; empty for items that are not marked
     * @param points   the points earned, as shown ("1", "0,5")
     * @param messages the per-answer feedback and the general explanation
     */
    public record Feedback(String verdict, String points, String max, List<String> messages) {
        public Feedback {
            messages = List.copyOf(messages);
        }
    }
}
