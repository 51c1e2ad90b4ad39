package id.serambi.web;

import id.serambi.content.Bundled;
import id.serambi.i18n.Messages;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every route shares: templates, static files, gzip, security headers, visitor cookies, the
 * form token check on every POST, and error pages.
 */
public final class WebSetup {
    private static final Logger LOG = LoggerFactory.getLogger(WebSetup.class);
    static final String CSRF_FIELD = "_csrf";

    /** The largest request body taken: forms, and uploads of menus and quizzes, are far smaller. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    static final int GZIP_LEVEL = 3;
    /** Static files up to this size are kept compressed in memory: all of ours are far smaller. */
    static final int PRECOMPRESS_MAX_BYTES = 512 * 1024;
    /** Request threads; Jetty's acceptor and selector take two of them. */
    static final int MAX_THREADS = Integer.getInteger("serambi.threads", 16);

    /**
     * Where a larger body is taken, and how large: a file of up to {@code maxFileBytes} (a photo as
     * a phone camera saves it), posted as a multipart form to the paths {@code paths} admits, with
     * room for the form's other fields.
     */
    public record Uploads(java.util.function.Predicate<String> paths, long maxFileBytes) {
        public static final Uploads NONE = new Uploads(path -> false, 0);
        private static final long FORM_ROOM = 256 * 1024;

        long limit(String path) {
            return paths.test(path) ? largest() : MAX_REQUEST_BYTES;
        }

        /** The largest body taken anywhere: an upload with its form, or the usual limit. */
        long largest() {
            return Math.max(maxFileBytes + FORM_ROOM, MAX_REQUEST_BYTES);
        }

        /** The limit at {@code path} as the refusal says it, in whole megabytes. */
        long shownMegabytes(String path) {
            return Math.max(1, Math.round((paths.test(path) ? maxFileBytes : MAX_REQUEST_BYTES) / 1048576.0));
        }
    }

    private WebSetup() {
    }

    public static void configure(JavalinConfig config, Messages messages, Pages pages) {
        configure(config, messages, new Templates(messages), pages, Uploads.NONE);
    }

    /** @param templates the pages' renderer, shared with whatever else draws templates */
    public static void configure(JavalinConfig config, Messages messages, Templates templates, Pages pages,
                                 Uploads uploads) {
        long largest = uploads.largest();
        SecureRandom random = new SecureRandom();
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.fileRenderer(templates);
        // level 3 rather than zlib's 6: a lesson page costs about 40% less CPU to compress and comes out
        // about 7% larger (3.9 KB instead of 3.6 KB); see docs/PERFORMANCE.md
        config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
        // a few threads do more on two cores than many: fewer switches, and a request that waits does
        // so in Jetty's queue instead of holding a half-done page (docs/PERFORMANCE.md)
        config.jetty.threadPool = threadPool();
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        // a multipart body as large as the largest upload; every other path is held to the request limit
        // by the form token check below, before anything is parsed
        config.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(largest, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_REQUEST_BYTES, SizeUnit.BYTES);
        // Jetty's own limit for a form's fields is 200 KB: a pasted quiz or menu may be larger
        config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize((int) MAX_REQUEST_BYTES));
        // a page up to the output buffer (32 KB) is held whole and sent with its Content-Length; Jetty's
        // default passes any write above a quarter of the buffer straight through, chunked
        config.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            // from disk: Jetty would mount the jar as a zip file system for each static folder (see Bundled)
            files.directory = Bundled.folder("static", "app.css").toString();
            files.location = Location.EXTERNAL;
            files.headers = Map.of("Cache-Control", "public, max-age=604800");
            // each file is compressed once, on first use, and its gzip bytes kept (with its ETag)
            files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
        });
        ErrorPages errors = new ErrorPages(pages);
        config.routes.before(ctx -> {
            SecurityHeaders.apply(ctx);
            String path = ctx.path();
            if (path.startsWith("/static/") || path.startsWith("/media/") || path.equals("/health")) {
                return;
            }
            Visitor visitor = Visitor.resolve(ctx, random);
            if (ctx.method() != HandlerType.POST) {
                return;
            }
            Optional<String> token = formToken(ctx, uploads.limit(path));
            if (token.isEmpty()) {
                ctx.status(HttpStatus.CONTENT_TOO_LARGE);
                ErrorPages.limit(ctx, uploads.shownMegabytes(path));
                errors.show(ctx);
                ctx.skipRemainingHandlers();
            } else if (!sameToken(visitor.csrf(), token.get())) {
                throw new ForbiddenResponse();
            }
        });
        config.routes.exception(LoginRequired.class, (e, ctx) -> {
            if (ctx.method() == HandlerType.GET) {
                String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                ctx.redirect("/masuk?ke=" + URLEncoder.encode(here, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.NOT_FOUND);
                errors.show(ctx);
            }
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500);
            errors.show(ctx);
        });
        for (int status : new int[]{403, 404, 405}) {
            config.routes.error(status, "*", errors::show);
        }
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, Math.min(8, MAX_THREADS), 60_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    /**
     * The form token of a post ("" when the form has none); empty when the body is over the limit,
     * which is refused before anything reads it, whether it is a plain form or an upload.
     */
    private static Optional<String> formToken(Context ctx, long limit) {
        if (ctx.contentLength() > limit) {
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNullElse(ctx.formParam(CSRF_FIELD), ""));
        } catch (IllegalStateException | HttpResponseException e) {
            return Optional.empty();
        }
    }

    /**
     * The form token check: the token in the form must equal the one in the visitor's cookie, which
     * another site can neither read nor set.
     */
    static boolean sameToken(String cookie, String form) {
        return form != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                form.getBytes(StandardCharsets.UTF_8));
    }
}
