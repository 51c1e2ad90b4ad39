package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.web.Templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML of each question on a questions page, drawn once and kept: a question looks the same to
 * everyone who sees it with the same options in the same order, the same answer and the same
 * feedback, whatever its number on their paper (the number is put in afterwards), so a room of
 * phones opening one shuffled quiz draws each of its questions once per language and option order,
 * not once per phone. The most recently used {@value #KEPT} are kept.
 */
final class QuestionHtml {
    static final int KEPT = 4096;
    /** The number a question is drawn under before its own is put in: no paper numbers a question so. */
    private static final int UNNUMBERED = -1;
    private static final String NUMBER = "<span class=\"q-num\">" + UNNUMBERED + "</span>";

    private record Key(QuestionView question, boolean editable, boolean check, Lang lang) {
    }

    private final Templates templates;
    private final java.util.concurrent.atomic.AtomicLong drawn = new java.util.concurrent.atomic.AtomicLong();
    private final Map<Key, String> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > KEPT;
        }
    };

    QuestionHtml(Templates templates) {
        this.templates = templates;
    }

    /** How many questions were drawn, not found kept. */
    long drawn() {
        return drawn.get();
    }

    /** Each question as the take page draws it, in order. */
    List<String> editable(List<QuestionView> questions, boolean check, Lang lang) {
        return questions.stream().map(q -> numbered(html(new Key(q.numbered(UNNUMBERED), true, check, lang)), q))
                .toList();
    }

    private static String numbered(String html, QuestionView q) {
        int at = html.indexOf(NUMBER);
        return at < 0 ? html : html.substring(0, at) + "<span class=\"q-num\">" + q.number() + "</span>"
                + html.substring(at + NUMBER.length());
    }

    private String html(Key key) {
        synchronized (kept) {
            String html = kept.get(key);
            if (html != null) {
                return html;
            }
        }
        drawn.incrementAndGet();
        String html = templates.process("quiz/take/one-question",
                Map.of("q", key.question(), "editable", key.editable(), "check", key.check()), key.lang());
        synchronized (kept) {
            kept.put(key, html);
        }
        return html;
    }
}
