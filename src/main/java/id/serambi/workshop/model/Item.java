package id.serambi.workshop.model;

import java.util.Optional;

/**
 * Something a trainer opens for the whole room: a quiz or questionnaire, a module to read, or a
 * practice task in the simulator. Stored as text, {@code kuis:<quiz>}, {@code modul:<module>} or
 * {@code latihan:<menu>/<task>}.
 */
public record Item(Kind kind, String id) {
    public enum Kind {
        QUIZ("kuis"), MODULE("modul"), TASK("latihan");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static Item quiz(String quizId) {
        return new Item(Kind.QUIZ, quizId);
    }

    public static Item module(String moduleId) {
        return new Item(Kind.MODULE, moduleId);
    }

    public static Item task(String menuId, String taskId) {
        return new Item(Kind.TASK, menuId + "/" + taskId);
    }

    /** The stored form; {@link #parse} reads it back. */
    public String code() {
        return kind.prefix() + ":" + id;
    }

    /** Where a participant goes to do it. */
    public String url() {
        switch (kind) {
            case QUIZ:
                return "/kuis/" + id;
            case MODULE:
                return "/modul/" + id;
            default:
                return "/simulator/" + id.substring(0, id.indexOf('/'));
        }
    }

    /**
     * Where a participant's phone posts to begin it at once, when it has such a start: a quiz's
     * first question, without its introduction, as the seat already says who answers.
     */
    public Optional<String> startUrl() {
        return kind == Kind.QUIZ ? Optional.of(url() + "/mulai") : Optional.empty();
    }

    public static Optional<Item> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        int colon = stored.indexOf(':');
        if (colon < 1 || colon == stored.length() - 1) {
            return Optional.empty();
        }
        String prefix = stored.substring(0, colon);
        String id = stored.substring(colon + 1);
        for (Kind k : Kind.values()) {
            if (k.prefix().equals(prefix) && (k != Kind.TASK || id.indexOf('/') > 0 && !id.endsWith("/"))) {
                return Optional.of(new Item(k, id));
            }
        }
        return Optional.empty();
    }
}
