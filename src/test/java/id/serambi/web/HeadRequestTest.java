package id.serambi.web;

import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code HEAD} answers what {@code GET} would, headers only: the same type and length, no body. */
class HeadRequestTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept-Language", "id").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void head_of_the_home_page_is_html_with_its_length() throws Exception {
        HttpResponse<String> head = send("HEAD", "/");
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                head.headers().map().toString());
        assertTrue(head.headers().firstValue("Content-Length").isPresent(), head.headers().map().toString());
        assertEquals("", head.body());
        HttpResponse<String> get = send("GET", "/");
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"),
                "the same length as the page GET sends");
    }

    @Test
    void head_keeps_the_access_rule_of_its_page() throws Exception {
        assertEquals(404, send("HEAD", "/dasbor").statusCode(), "a staff page is refused to a stranger, as to any method but GET");
        assertEquals(404, send("HEAD", "/tidak/ada").statusCode());
    }
}
