package id.serambi.web;

import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Static files go out gzipped from bytes compressed once, with an ETag that a browser can revalidate. */
class StaticFilesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = StaticFilesTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_stylesheet_is_sent_gzipped_with_its_own_bytes_and_an_etag() throws Exception {
        byte[] css = resource("static/app.css");
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> r = app.http().getBytes("/static/app.css", "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode());
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), r.headers().map().toString());
            assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
            assertTrue(r.body().length < css.length / 2, "compressed: " + r.body().length);
            assertArrayEquals(css, new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(),
                    "unpacks to the file");
            assertTrue(r.headers().firstValue("ETag").isPresent(), r.headers().map().toString());
        }
        HttpResponse<byte[]> plain = app.http().getBytes("/static/app.css");
        assertArrayEquals(css, plain.body(), "without Accept-Encoding the file as it is");
    }

    @Test
    void a_stylesheet_the_browser_has_is_not_sent_again() {
        HttpResponse<byte[]> first = app.http().getBytes("/static/app.css", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = app.http().getBytes("/static/app.css", "Accept-Encoding", "gzip",
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> other = app.http().getBytes("/static/quiz.css", "Accept-Encoding", "gzip",
                "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "another file's tag does not match");
    }
}
