package id.serambi.chat.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading a designer form's fields: required and optional texts, numbers, lists. */
final class DesignForm {
    static final String REQUIRED = "designer.error.required";
    /** The error field of an edit whose node is gone. */
    static final String NODE = "!node";

    private DesignForm() {
    }

    /** The field's text, stripped; an empty one is recorded in {@code errors} as required. */
    static String required(Map<String, String> in, String key, Map<String, String> errors) {
        String value = text(in, key);
        if (value.isEmpty()) {
            errors.put(key, REQUIRED);
        }
        return value;
    }

    static Optional<String> optional(Map<String, String> in, String key) {
        String value = text(in, key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static String text(Map<String, String> in, String key) {
        return in.getOrDefault(key, "").strip();
    }

    /** A whole number from {@code min} to {@code max}; anything else is recorded under {@code errorKey}. */
    static Optional<Integer> number(Map<String, String> in, String key, int min, int max, String errorKey,
                                    Map<String, String> errors) {
        String value = text(in, key);
        if (value.isEmpty()) {
            errors.put(key, REQUIRED);
            return Optional.empty();
        }
        if (value.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        }
        errors.put(key, errorKey);
        return Optional.empty();
    }

    /** The non-blank items of a list typed one per line or separated by commas. */
    static List<String> items(Map<String, String> in, String key) {
        List<String> out = new ArrayList<>();
        for (String t : in.getOrDefault(key, "").split("[,\\n]")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** Line ends as browsers send them (CRLF) made plain, so texts compare and count the same. */
    static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
