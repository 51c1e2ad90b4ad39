package id.serambi.gates;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Serambi works with no internet: a page may load only from the server that sent it. Inline
 * {@code data:} and {@code blob:} URLs load nothing and are allowed.
 */
public final class ForeignRequestCheck {
    private ForeignRequestCheck() {
    }

    /** The requested URLs that go anywhere but {@code origin} (e.g. {@code http://127.0.0.1:4567}). */
    public static List<String> foreign(String origin, List<String> requestedUrls) {
        URI server = URI.create(origin);
        return requestedUrls.stream().filter(url -> !allowed(server, url)).distinct().toList();
    }

    private static boolean allowed(URI server, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || lower.startsWith("blob:") || lower.equals("about:blank")) {
            return true;
        }
        try {
            URI uri = URI.create(url);
            return server.getScheme().equalsIgnoreCase(uri.getScheme())
                    && server.getHost().equalsIgnoreCase(uri.getHost())
                    && port(server) == port(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
