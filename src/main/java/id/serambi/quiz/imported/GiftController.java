package id.serambi.quiz.imported;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.gift.GiftWriter;
import id.serambi.quiz.model.Quiz;
import id.serambi.web.ErrorPages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quizzes in and out as Moodle GIFT files: the import page (upload or paste, a preview, then save),
 * deleting an imported quiz, and any quiz as a GIFT download. Every form is multipart or a plain
 * post, and works without JavaScript.
 */
public final class GiftController {
    static final String FILE = "berkas";
    static final String TEXT = "teks";
    static final String NAME = "nama";
    private static final String STYLE = "/static/quiz.css";
    private static final Logger LOG = LoggerFactory.getLogger(GiftController.class);

    private final ImportedQuizzes imported;
    private final Pages pages;
    private final Messages messages;
    private final GiftPages views;

    public GiftController(ImportedQuizzes imported, Pages pages, Messages messages) {
        this.imported = imported;
        this.pages = pages;
        this.messages = messages;
        this.views = new GiftPages(imported, messages);
    }

    public void page(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        Map<String, Object> model = views.page(lang);
        if (ctx.queryParam("dihapus") != null) {
            model.put("notice", messages.get(lang, "quiz.import.deleted"));
        }
        render(ctx, model);
    }

    /** Reads the upload and shows its preview, or what is wrong with it; saves nothing. */
    public void check(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        Posted posted = posted(ctx, true);
        readable(ctx, lang, posted).ifPresent(upload -> {
            Map<String, Object> model = views.page(lang);
            model.put("preview", views.preview(upload, posted.fileName().orElse(""), lang));
            render(ctx, model);
        });
    }

    /** The upload read, or empty when it was refused (the page saying why is already rendered). */
    private Optional<ImportedQuizzes.Upload> readable(Context ctx, Lang lang, Posted posted) {
        if (posted.refusal().isPresent()) {
            refuse(ctx, lang, posted, List.of(posted.refusal().get()), Optional.empty());
            return Optional.empty();
        }
        ImportedQuizzes.Upload upload = posted.read(imported);
        if (!upload.problems().isEmpty()) {
            refuse(ctx, lang, posted, views.problems(upload.problems(), lang), upload.text());
            return Optional.empty();
        }
        return Optional.of(upload);
    }

    /** Reads the previewed text again and saves it; the quiz's page comes next. */
    public void save(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        Posted posted = posted(ctx, false);
        Optional<ImportedQuizzes.Upload> read = readable(ctx, lang, posted);
        if (read.isEmpty()) {
            return;
        }
        Quiz quiz = imported.save(read.get());
        ctx.redirect(quiz.url(), HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        String id = Optional.ofNullable(ctx.formParam("kuis")).orElse("");
        if (imported.delete(id)) {
            ctx.redirect("/kuis/impor?dihapus=1", HttpStatus.SEE_OTHER);
            return;
        }
        if (imported.catalog().find(id).isEmpty()) {
            throw new NotFoundResponse();
        }
        ctx.status(HttpStatus.CONFLICT);
        Map<String, Object> model = views.page(lang);
        model.put("notice", messages.get(lang, "quiz.import.delete.bundled"));
        render(ctx, model);
    }

    /** Any quiz or questionnaire as a GIFT file, with what GIFT cannot hold listed at its top. */
    public void export(Context ctx) {
        Quiz quiz = imported.catalog().find(ctx.pathParam("quiz")).orElseThrow(NotFoundResponse::new);
        String gift = new GiftWriter(messages, Visitor.of(ctx).lang()).write(quiz);
        String file = quiz.id().replaceAll("[^A-Za-z0-9._-]", "-") + ".gift";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(gift);
    }

    /**
     * A multipart request the server would not read to its end: on the import page, the same
     * message as for a file over the limit; elsewhere, the usual error page.
     */
    public void tooLarge(Exception e, Context ctx) {
        if (!ctx.path().startsWith("/kuis/impor")) {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
            new ErrorPages(pages).show(ctx);
            return;
        }
        Lang lang = Visitor.of(ctx).lang();
        long size = Math.max(ctx.req().getContentLengthLong(), ImportedQuizzes.MAX_BYTES + 1L);
        refuse(ctx, lang, refused(HttpStatus.CONTENT_TOO_LARGE, tooLarge(lang, size)),
                List.of(tooLarge(lang, size)), Optional.empty());
    }

    /** What a form sent: a file, or pasted text with the name of the file it came from, if any. */
    private record Posted(Optional<String> fileName, Optional<byte[]> bytes, String text, Optional<String> refusal,
                          HttpStatus status) {
        ImportedQuizzes.Upload read(ImportedQuizzes quizzes) {
            if (bytes.isPresent()) {
                return quizzes.read(fileName.orElse("kuis.gift"), bytes.get());
            }
            return fileName.isPresent() ? quizzes.read(fileName.get(), text.getBytes(StandardCharsets.UTF_8))
                    : quizzes.read(text);
        }
    }

    private Posted posted(Context ctx, boolean fileAllowed) {
        Lang lang = Visitor.of(ctx).lang();
        UploadedFile file = fileAllowed ? ctx.uploadedFile(FILE) : null;
        if (file != null && file.size() > 0) {
            if (file.size() > ImportedQuizzes.MAX_BYTES) {
                return refused(HttpStatus.CONTENT_TOO_LARGE, tooLarge(lang, file.size()));
            }
            try (InputStream in = file.content()) {
                return new Posted(Optional.of(file.filename()), Optional.of(in.readNBytes(ImportedQuizzes.MAX_BYTES)),
                        "", Optional.empty(), HttpStatus.OK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String text = Optional.ofNullable(ctx.formParam(TEXT)).orElse("");
        Optional<String> name = Optional.ofNullable(ctx.formParam(NAME)).map(String::strip).filter(n -> !n.isEmpty());
        if (text.isBlank()) {
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, messages.get(lang, "quiz.import.empty"));
        }
        int size = ImportedQuizzes.bytes(text);
        if (size > ImportedQuizzes.MAX_BYTES) {
            return refused(HttpStatus.CONTENT_TOO_LARGE, tooLarge(lang, size));
        }
        return new Posted(name, Optional.empty(), text, Optional.empty(), HttpStatus.OK);
    }

    /** A form that cannot be read; a text too large is not shown again either. */
    private static Posted refused(HttpStatus status, String why) {
        return new Posted(Optional.empty(), Optional.empty(), "", Optional.of(why), status);
    }

    private String tooLarge(Lang lang, long size) {
        return messages.get(lang, "quiz.import.toolarge", (size + 1023) / 1024, ImportedQuizzes.MAX_BYTES / 1024);
    }

    /**
     * The form again with what is wrong; the text read, a file's included, is put back in the text
     * box to be corrected there, under the file's name.
     */
    private void refuse(Context ctx, Lang lang, Posted posted, List<String> problems, Optional<String> text) {
        ctx.status(posted.refusal().isPresent() ? posted.status() : HttpStatus.UNPROCESSABLE_CONTENT);
        Map<String, Object> model = views.page(lang);
        model.put("problems", problems);
        model.put("pasted", text.orElse(""));
        model.put("fileName", text.isPresent() ? posted.fileName().orElse("") : "");
        render(ctx, model);
    }

    private void render(Context ctx, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("pageStyle", STYLE);
        all.put("path", "/kuis/impor");
        pages.render(ctx, "quiz/imported/import", all);
    }
}
