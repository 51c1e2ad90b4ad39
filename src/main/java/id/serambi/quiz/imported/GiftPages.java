package id.serambi.quiz.imported;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Quiz;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The models of the import page, in the reader's language. */
final class GiftPages {
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH.mm");

    private final ImportedQuizzes imported;
    private final Messages messages;

    GiftPages(ImportedQuizzes imported, Messages messages) {
        this.imported = imported;
        this.messages = messages;
    }

    /** An imported quiz as listed: its page, its download, and the field that names it for deleting. */
    record Entry(String id, String title, String url, String export, String meta) {
    }

    /**
     * What a file holds, shown before it is saved; {@code text} and {@code fileName} go back with
     * Save. {@code renamed} says why the id differs from the one asked for, when it does.
     */
    record Preview(String title, String url, String renamed, List<String> counts, int questions,
                   String text, String fileName) {
    }

    Map<String, Object> page(Lang lang) {
        Map<String, Integer> questions = new HashMap<>();
        imported.catalog().all().forEach(q -> questions.put(q.id(), q.questions().size()));
        List<Entry> entries = imported.entries().stream().map(e -> new Entry(e.id(), e.title(), "/kuis/" + e.id(),
                "/kuis/" + e.id() + "/kuis.gift", messages.get(lang, "quiz.import.meta",
                WHEN.format(Instant.ofEpochMilli(e.createdAt()).atZone(ZONE)),
                questions.getOrDefault(e.id(), 0)))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("imported", entries);
        model.put("maxKb", ImportedQuizzes.MAX_BYTES / 1024);
        model.put("problems", List.of());
        model.put("pasted", "");
        model.put("fileName", "");
        model.put("notice", null);
        model.put("preview", null);
        return model;
    }

    /** Each problem as "baris N: ..." in the reader's language; the file is the one just sent. */
    List<String> problems(List<Problem> problems, Lang lang) {
        return problems.stream().map(p -> messages.get(lang, "quiz.import.line", p.line(),
                messages.get(lang, p.key(), p.args().toArray()))).toList();
    }

    Preview preview(ImportedQuizzes.Upload upload, String fileName, Lang lang) {
        Quiz quiz = upload.quiz().orElseThrow();
        Map<String, Integer> byType = new LinkedHashMap<>();
        quiz.questions().forEach(q -> byType.merge(q.getClass().getSimpleName().toLowerCase(Locale.ROOT), 1, Integer::sum));
        List<String> counts = byType.entrySet().stream()
                .map(e -> messages.get(lang, "quiz.import.type." + e.getKey(), e.getValue())).toList();
        return new Preview(quiz.title().id(), quiz.url(),
                upload.renamed().map(old -> messages.get(lang, "quiz.import.preview.renamed", old, quiz.id())).orElse(null),
                counts, quiz.questions().size(), upload.text().orElse(""), fileName);
    }
}
