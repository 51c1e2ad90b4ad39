package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes any quiz or questionnaire as a Moodle GIFT file, with the Indonesian texts. Each question
 * is named {@code ::id::} so that {@link GiftParser} gives back the same ids, and its special
 * characters are escaped. What GIFT cannot hold is listed in a comment at the top, in the chosen
 * language: English texts, the description, settings, points other than 1, and questionnaire items
 * (Likert and rating become single choices with their labels, free text an essay).
 * <p>
 * Two hints, as comments Moodle ignores, keep what GIFT has no word for: {@code // serambi: single}
 * on a single choice that has no fully right option (Moodle would read it as multiple answers), and
 * {@code // serambi: ordering} on an ordering question written as matching each item with its
 * position. So every quiz question is read back as it was, except for its line, its points (1),
 * ordering item ids ({@code a, b, ...}) and weights (0), and spaces around texts.
 */
public final class GiftWriter {
    private static final Pattern FORMAT_TAG = Pattern.compile("^\\[(html|moodle|plain|markdown)\\].*", Pattern.DOTALL);

    private final Messages messages;
    private final Lang lang;

    public GiftWriter(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    public String write(Quiz quiz) {
        GiftExport out = new GiftExport();
        for (Question q : quiz.questions()) {
            out.question(question(q, out));
        }
        StringBuilder file = new StringBuilder();
        file.append("// ").append(messages.get(lang, "quiz.gift.export.header", quiz.title().id(), quiz.id()))
                .append('\n');
        List<GiftExport.Note> notes = out.notes(quiz);
        if (!notes.isEmpty()) {
            file.append("// ").append(messages.get(lang, "quiz.gift.export.changed")).append('\n');
            for (GiftExport.Note note : notes) {
                file.append("//   - ").append(messages.get(lang, note.key(), note.args().toArray())).append('\n');
            }
        }
        file.append("\n$CATEGORY: $course$/top/").append(quiz.title().id().replace("/", "//")).append("\n\n");
        return file.append(out.body()).toString();
    }

    private String question(Question q, GiftExport out) {
        GiftFormat format = GiftExport.formatFor(q);
        List<String> lines = new ArrayList<>();
        String inline = null;
        if (q instanceof Question.Single s) {
            boolean right = s.choices().stream().anyMatch(c -> c.weight() == 1);
            out.hint(!right, "single");
            out.note(!right, "quiz.gift.export.noright", q.id());
            out.note(s.other(), "quiz.gift.export.other", q.id());
            s.choices().forEach(c -> lines.add(choice(c, c.weight() == 1 ? "=" : "~", format)));
        } else if (q instanceof Question.Multiple m) {
            out.note(m.choices().stream().noneMatch(c -> c.weight() > 0), "quiz.gift.export.noright", q.id());
            out.note(m.other(), "quiz.gift.export.other", q.id());
            m.choices().forEach(c -> lines.add(choice(c, "~", format)));
        } else if (q instanceof Question.TrueFalse t) {
            Optional<Text> right = t.answer() ? t.feedbackTrue() : t.feedbackFalse();
            Optional<Text> wrong = t.answer() ? t.feedbackFalse() : t.feedbackTrue();
            // Moodle's order: the feedback for a wrong answer first, then the one for a right answer.
            inline = (t.answer() ? "TRUE" : "FALSE")
                    + (wrong.isPresent() || right.isPresent() ? "#" + wrong.map(x -> part(x, format)).orElse("") : "")
                    + right.map(x -> "#" + part(x, format)).orElse("");
        } else if (q instanceof Question.ShortAnswer s) {
            for (Question.ShortAnswer.Accepted a : s.accepted()) {
                String pattern = (FORMAT_TAG.matcher(a.pattern()).matches() ? "[plain]" : "") + escape(a.pattern());
                lines.add("=" + weight(a.weight(), 1, a.pattern()) + pattern + feedback(a.feedback(), format));
            }
        } else if (q instanceof Question.Numerical n) {
            lines.addAll(GiftExport.ranges(n, x -> feedback(x, format)));
            return prompted(q, format, "{#\n" + indented(lines, q, format) + "}");
        } else if (q instanceof Question.Matching m) {
            m.pairs().forEach(p -> lines.add("=" + part(p.left(), format) + " -> " + escape(p.right().id())));
        } else if (q instanceof Question.Ordering o) {
            out.hint(true, "ordering");
            out.note(true, "quiz.gift.export.ordering", q.id());
            for (int i = 0; i < o.items().size(); i++) {
                lines.add("=" + part(o.items().get(i).text(), format) + " -> " + (i + 1));
            }
        } else if (q instanceof Question.Likert l) {
            out.hint(true, "single");
            out.note(true, "quiz.gift.export.likert", q.id());
            l.labels().forEach(label -> lines.add("~" + weight(0, 0, label.id()) + part(label, format)));
        } else if (q instanceof Question.Rating r) {
            out.hint(true, "single");
            out.note(true, "quiz.gift.export.rating", q.id(), String.valueOf(r.max()));
            for (int i = 1; i <= r.max(); i++) {
                lines.add("~" + i);
            }
        } else if (q instanceof Question.FreeText f) {
            out.note(!f.longText() || f.maxChars() != Question.FreeText.DEFAULT_MAX, "quiz.gift.export.text", q.id());
            inline = "";
        }
        if (inline != null) {
            String general = q.explanation().map(x -> "####" + part(x, format)).orElse("");
            return prompted(q, format, "{" + inline + general + "}");
        }
        return prompted(q, format, "{\n" + indented(lines, q, format) + "}");
    }

    /** Answers one per line, then the general feedback, which must come last. */
    private static String indented(List<String> lines, Question q, GiftFormat format) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append('\t').append(l).append('\n'));
        q.explanation().ifPresent(x -> out.append("\t####").append(part(x, format)).append('\n'));
        return out.toString();
    }

    /** The prompt with the answer block where its blank is, or after it. */
    private String prompted(Question q, GiftFormat format, String block) {
        String prompt = q.prompt().id();
        String tag = format == GiftFormat.PLAIN || FORMAT_TAG.matcher(prompt).matches() ? format.tag() : "";
        int blank = prompt.indexOf(GiftAnswers.BLANK);
        if (blank >= 0 && !prompt.substring(blank + GiftAnswers.BLANK.length()).isBlank()) {
            return "::" + escape(q.id()) + "::" + tag + escape(prompt.substring(0, blank)) + block
                    + escape(prompt.substring(blank + GiftAnswers.BLANK.length()));
        }
        return "::" + escape(q.id()) + "::" + tag + escape(prompt) + block;
    }

    private static String choice(Choice c, String marker, GiftFormat format) {
        double otherwise = marker.equals("=") ? 1 : 0;
        return marker + weight(c.weight(), otherwise, c.text().id()) + part(c.text(), format)
                + feedback(c.feedback(), format);
    }

    /** {@code %n%} unless the marker already means this weight and the text cannot be taken for one. */
    static String weight(double weight, double otherwise, String text) {
        if (weight == otherwise && !text.startsWith("%")) {
            return "";
        }
        return "%" + BigDecimal.valueOf(weight).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String feedback(Optional<Text> feedback, GiftFormat format) {
        return feedback.map(f -> "#" + part(f, format)).orElse("");
    }

    /** A text in the question's format, naming it again when the text itself starts like a format tag. */
    private static String part(Text text, GiftFormat format) {
        String s = text.id().strip();
        return (FORMAT_TAG.matcher(s).matches() ? format.tag() : "") + escape(s);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || GiftText.ESCAPABLE.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
