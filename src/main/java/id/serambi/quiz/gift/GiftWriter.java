package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.ItemInfo;
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
            ItemInfo info = quiz.info(q.id());
            out.moodle(info);
            out.question(question(q, info, out));
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

    private String question(Question q, ItemInfo info, GiftExport out) {
        Optional<String> html = info.promptHtml();
        GiftFormat format = GiftExport.formatFor(q, html.isPresent());
        Written w = new Written(html, format);
        List<String> lines = new ArrayList<>();
        String inline = null;
        boolean fixedPoints = q instanceof Question.Likert || q instanceof Question.Rating
                || q instanceof Question.Description;
        out.hint(!fixedPoints && q.points() != 1, "points-" + GiftExport.number(q.points()));
        if (q instanceof Question.Description) {
            return w.prompt(q, "");
        } else if (q instanceof Question.Single s) {
            boolean right = s.choices().stream().anyMatch(c -> c.weight() == 1);
            out.hint(!right, "single");
            out.hint(s.other(), "other");
            out.note(!right, "quiz.gift.export.noright", q.id());
            out.note(s.other(), "quiz.gift.export.other", q.id());
            s.choices().forEach(c -> lines.add(choice(c, c.weight() == 1 ? "=" : "~", w)));
        } else if (q instanceof Question.Multiple m) {
            double sum = m.choices().stream().mapToDouble(Choice::weight).filter(x -> x > 0).sum();
            out.hint(Math.round(sum * 100) != 100, "multiple");
            out.hint(m.other(), "other");
            out.note(m.choices().stream().noneMatch(c -> c.weight() > 0), "quiz.gift.export.noright", q.id());
            out.note(m.other(), "quiz.gift.export.other", q.id());
            m.choices().forEach(c -> lines.add(choice(c, "~", w)));
        } else if (q instanceof Question.TrueFalse t) {
            Optional<Text> right = t.answer() ? t.feedbackTrue() : t.feedbackFalse();
            Optional<Text> wrong = t.answer() ? t.feedbackFalse() : t.feedbackTrue();
            // Moodle's order: the feedback for a wrong answer first, then the one for a right answer.
            inline = (t.answer() ? "TRUE" : "FALSE")
                    + (wrong.isPresent() || right.isPresent() ? "#" + wrong.map(w::part).orElse("") : "")
                    + right.map(x -> "#" + w.part(x)).orElse("");
        } else if (q instanceof Question.ShortAnswer s) {
            out.hint(s.accepted().stream().noneMatch(a -> a.weight() == 1), "nofull");
            for (Question.ShortAnswer.Accepted a : s.accepted()) {
                String pattern = (FORMAT_TAG.matcher(a.pattern()).matches() ? "[plain]" : "") + escape(a.pattern());
                lines.add("=" + weight(a.weight(), 1, a.pattern()) + pattern + w.feedback(a.feedback()));
            }
        } else if (q instanceof Question.Numerical n) {
            lines.addAll(GiftExport.ranges(n, w::feedback));
            return w.prompt(q, "{#\n" + indented(lines, q, w) + "}");
        } else if (q instanceof Question.Matching m) {
            out.note(m.pairs().size() + m.distractors().size() < 3, "quiz.gift.export.matching", q.id());
            m.pairs().forEach(p -> lines.add("=" + w.part(p.left()) + " -> " + escape(p.right().id())));
            m.distractors().forEach(d -> lines.add("= -> " + escape(d.id())));
        } else if (q instanceof Question.Ordering o) {
            out.hint(true, "ordering");
            out.note(true, "quiz.gift.export.ordering", q.id());
            for (int i = 0; i < o.items().size(); i++) {
                lines.add("=" + w.part(o.items().get(i).text()) + " -> " + (i + 1));
            }
        } else if (q instanceof Question.Likert l) {
            out.hint(true, "likert");
            l.skm().ifPresent(u -> out.hint(true, "skm-" + u.toLowerCase(java.util.Locale.ROOT)));
            out.note(true, "quiz.gift.export.likert", q.id());
            l.labels().forEach(label -> lines.add("~" + weight(0, 0, label.id()) + w.part(label)));
        } else if (q instanceof Question.Rating r) {
            out.hint(true, "rating");
            out.note(true, "quiz.gift.export.rating", q.id(), String.valueOf(r.max()));
            for (int i = 1; i <= r.max(); i++) {
                lines.add("~" + i);
            }
        } else if (q instanceof Question.FreeText f) {
            out.hint(!f.longText(), "short");
            out.hint(f.maxChars() != Question.FreeText.DEFAULT_MAX, "max-" + f.maxChars());
            out.note(!f.longText() || f.maxChars() != Question.FreeText.DEFAULT_MAX, "quiz.gift.export.text", q.id());
            inline = "";
        }
        if (inline != null) {
            String general = q.explanation().map(x -> "####" + w.part(x)).orElse("");
            return w.prompt(q, "{" + inline + general + "}");
        }
        return w.prompt(q, "{\n" + indented(lines, q, w) + "}");
    }

    /**
     * How one question's texts are written: the prompt as its HTML when it has one ({@code [html]}),
     * else in the question's format; every other text in the question's format, named before it
     * when the prompt's format differs (Moodle takes the prompt's format as the others' default).
     */
    private record Written(Optional<String> html, GiftFormat format) {
        String prompt(Question q, String block) {
            String prompt = html.orElse(q.prompt().id());
            String tag = html.isPresent() ? GiftFormat.HTML.tag()
                    : format == GiftFormat.PLAIN || FORMAT_TAG.matcher(prompt).matches() ? format.tag() : "";
            int blank = prompt.indexOf(GiftAnswers.BLANK);
            if (!block.isEmpty() && blank >= 0 && !prompt.substring(blank + GiftAnswers.BLANK.length()).isBlank()) {
                return "::" + escape(q.id()) + "::" + tag + escape(prompt.substring(0, blank)) + block
                        + escape(prompt.substring(blank + GiftAnswers.BLANK.length()));
            }
            return "::" + escape(q.id()) + "::" + tag + escape(prompt) + block;
        }

        /** A text in the question's format, naming it when the prompt's differs or the text starts like a format tag. */
        String part(Text text) {
            String s = text.id().strip();
            boolean named = html.isPresent() || FORMAT_TAG.matcher(s).matches();
            return (named ? format.tag() : "") + escape(s);
        }

        String feedback(Optional<Text> feedback) {
            return feedback.map(f -> "#" + part(f)).orElse("");
        }
    }

    /** Answers one per line, then the general feedback, which must come last. */
    private static String indented(List<String> lines, Question q, Written w) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append('\t').append(l).append('\n'));
        q.explanation().ifPresent(x -> out.append("\t####").append(w.part(x)).append('\n'));
        return out.toString();
    }

    /**
     * An option: after {@code =} Moodle takes the text as written, so no weight is written there;
     * after {@code ~} a weight, when the option has one or its text could be taken for one.
     */
    private static String choice(Choice c, String marker, Written w) {
        String weight = marker.equals("=") ? "" : weight(c.weight(), 0, c.text().id());
        return marker + weight + w.part(c.text()) + w.feedback(c.feedback());
    }

    /** {@code %n%} unless the marker already means this weight and the text cannot be taken for one. */
    static String weight(double weight, double otherwise, String text) {
        if (weight == otherwise && !text.startsWith("%")) {
            return "";
        }
        return "%" + BigDecimal.valueOf(weight).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
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
