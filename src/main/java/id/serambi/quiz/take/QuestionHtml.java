package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.web.Templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML of each question on a questions page, drawn once and kept: a question looks the same to
 * everyone who sees it with the same options in the same order, the same answer and the same
 * feedback, so a room of phones opening one quiz draws each of its questions once per language and
 * option order, not once per phone. The most recently used {@value #KEPT} are kept.
 */
final class QuestionHtml {
    static final int KEPT = 4096;

    private record Key(QuestionView question, boolean editable, boolean check, Lang lang) {
    }

    private final Templates templates;
    private final Map<Key, String> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > KEPT;
        }
    };

    QuestionHtml(Templates templates) {
        this.templates = templates;
    }

    /** Each question as the take page draws it, in order. */
    List<String> editable(List<QuestionView> questions, boolean check, Lang lang) {
        return questions.stream().map(q -> html(new Key(q, true, check, lang))).toList();
    }

    private String html(Key key) {
        synchronized (kept) {
            String html = kept.get(key);
            if (html != null) {
                return html;
            }
        }
        String html = templates.process("quiz/take/one-question",
                Map.of("q", key.question(), "editable", key.editable(), "check", key.check()), key.lang());
        synchronized (kept) {
            kept.put(key, html);
        }
        return html;
    }
}
