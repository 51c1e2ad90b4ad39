package id.serambi.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The headers every response must carry, whatever it is (page, style sheet, image, error page,
 * redirect, health check): a Content-Security-Policy that allows no inline script and no framing,
 * {@code X-Content-Type-Options: nosniff}, and a {@code Referrer-Policy}.
 */
public final class SecurityHeaderCheck {
    private SecurityHeaderCheck() {
    }

    /** What is missing or wrong in these headers; empty when they pass. Header names in any case. */
    public static List<String> problems(Map<String, List<String>> headers) {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        List<String> problems = new ArrayList<>();

        List<String> csps = h.getOrDefault("Content-Security-Policy", List.of());
        if (csps.isEmpty() || csps.stream().allMatch(String::isBlank)) {
            problems.add("no Content-Security-Policy header");
        } else {
            for (String csp : csps) {
                Map<String, List<String>> directives = directives(csp);
                Optional<String> scriptDirective = directives.containsKey("script-src") ? Optional.of("script-src")
                        : directives.containsKey("default-src") ? Optional.of("default-src") : Optional.empty();
                if (scriptDirective.isEmpty()) {
                    problems.add("Content-Security-Policy has neither script-src nor default-src, so any script may run: "
                            + csp);
                } else if (directives.get(scriptDirective.get()).contains("'unsafe-inline'")) {
                    problems.add("Content-Security-Policy " + scriptDirective.get() + " allows 'unsafe-inline': " + csp);
                }
                if (!List.of("'none'").equals(directives.get("frame-ancestors"))) {
                    problems.add("Content-Security-Policy lacks frame-ancestors 'none': " + csp);
                }
            }
        }

        List<String> nosniff = h.getOrDefault("X-Content-Type-Options", List.of());
        if (nosniff.size() != 1 || !nosniff.get(0).trim().equalsIgnoreCase("nosniff")) {
            problems.add("X-Content-Type-Options is not exactly 'nosniff': " + nosniff);
        }

        List<String> referrer = h.getOrDefault("Referrer-Policy", List.of());
        if (referrer.isEmpty() || referrer.stream().allMatch(String::isBlank)) {
            problems.add("no Referrer-Policy header");
        }
        return problems;
    }

    /** A policy's directives by lower-case name, each with its source list (first one wins, as in browsers). */
    static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> directives = new TreeMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.trim().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) {
                continue;
            }
            directives.putIfAbsent(tokens[0].toLowerCase(Locale.ROOT),
                    Arrays.stream(tokens).skip(1).map(t -> t.startsWith("'") ? t.toLowerCase(Locale.ROOT) : t).toList());
        }
        return directives;
    }
}
