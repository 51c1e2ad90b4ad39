package id.serambi.gates;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and the files a server-rendered page refers to, read from its HTML: enough of an HTML
 * reader for the pages this server writes (quoted or bare attributes, character references).
 */
public final class PageLinks {
    private static final Pattern TAG = Pattern.compile(
            "<(a|link|script|img|source|video|audio|iframe|embed|object|input)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private PageLinks() {
    }

    /** What a page refers to, as absolute URLs without fragments. */
    public record Refs(List<String> anchors, List<String> styles, List<String> scripts, List<String> others) {
        /** Everything the page loads by itself (not the links a visitor may follow). */
        public List<String> loads() {
            List<String> all = new ArrayList<>(styles);
            all.addAll(scripts);
            all.addAll(others);
            return all.stream().distinct().toList();
        }
    }

    public static Refs of(String pageUrl, String html) {
        URI base = URI.create(pageUrl);
        List<String> anchors = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attrs = attributes(tags.group(2));
            switch (tag) {
                case "a" -> add(anchors, base, attrs.get("href"));
                case "link" -> {
                    String rel = attrs.getOrDefault("rel", "").toLowerCase(Locale.ROOT);
                    if (rel.contains("stylesheet")) {
                        add(styles, base, attrs.get("href"));
                    } else if (rel.contains("modulepreload") || "script".equals(attrs.get("as"))) {
                        add(scripts, base, attrs.get("href"));
                    } else if (!rel.equals("alternate") && !rel.equals("canonical")) {
                        add(others, base, attrs.get("href"));
                    }
                }
                case "script" -> add(scripts, base, attrs.get("src"));
                case "object" -> add(others, base, attrs.get("data"));
                default -> {
                    add(others, base, attrs.get("src"));
                    add(others, base, attrs.get("poster"));
                    String srcset = attrs.get("srcset");
                    if (srcset != null) {
                        for (String candidate : srcset.split(",")) {
                            add(others, base, candidate.trim().split("\\s+")[0]);
                        }
                    }
                }
            }
        }
        return new Refs(distinct(anchors), distinct(styles), distinct(scripts), distinct(others));
    }

    /** What a style sheet loads: {@code url(...)} files and {@code @import}ed sheets, as absolute URLs. */
    public static List<String> ofCss(String cssUrl, String css) {
        URI base = URI.create(cssUrl);
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null) {
                    add(urls, base, m.group(g));
                    break;
                }
            }
        }
        return distinct(urls);
    }

    /** True for an http(s) URL on the same scheme, host and port as {@code origin}. */
    public static boolean sameOrigin(String origin, String url) {
        try {
            URI o = URI.create(origin);
            URI u = URI.create(url);
            return o.getScheme().equalsIgnoreCase(String.valueOf(u.getScheme()))
                    && o.getHost().equalsIgnoreCase(String.valueOf(u.getHost()))
                    && o.getPort() == u.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The path and query of a URL, e.g. {@code /modul/x?y=1}. */
    public static String pathAndQuery(String url) {
        URI u = URI.create(url);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attrs.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : unescape(value));
        }
        return attrs;
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(ref.startsWith("#x") || ref.startsWith("#X")
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void add(List<String> list, URI base, String ref) {
        if (ref == null || ref.isBlank()) {
            return;
        }
        String trimmed = ref.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || lower.startsWith("mailto:") || lower.startsWith("tel:")
                || lower.startsWith("javascript:") || lower.startsWith("#")) {
            return;
        }
        try {
            URI resolved = base.resolve(URI.create(trimmed.replace(" ", "%20")));
            if (resolved.isOpaque() || resolved.getRawAuthority() == null) {
                list.add(resolved.toString().replaceFirst("#.*$", ""));
                return;
            }
            String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
            list.add(resolved.getScheme() + "://" + resolved.getRawAuthority() + path
                    + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery()));
        } catch (IllegalArgumentException e) {
            list.add(trimmed);
        }
    }

    private static List<String> distinct(List<String> list) {
        return list.stream().distinct().toList();
    }
}
