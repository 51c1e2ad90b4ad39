package id.serambi.instagram.model;

import java.util.List;

/**
 * One thing a check found: the rule, the post it is about ("" for the plan as a whole), and a
 * message key with its arguments, which say what is wrong and how to fix it. An argument may be a
 * {@link PostName} or a {@link id.serambi.content.Text}, which the page writes in the reader's
 * language.
 */
public record Finding(Rule rule, String post, String key, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(Rule rule, String post, String key, Object... args) {
        return new Finding(rule, post, key, List.of(args));
    }

    /** A post as the reader knows it: the page names it by its caption's first line, or its kind and date. */
    public record PostName(String id) {
    }
}
