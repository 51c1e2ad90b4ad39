package id.serambi.course;

import id.serambi.i18n.Lang;

import java.util.List;
import java.util.Optional;

/**
 * A printable page of the course beside its lessons: a facilitator guide ({@code content/guides/})
 * or a quick-reference card ({@code content/cards/}), in Indonesian and optionally English.
 *
 * @param name    its file name without {@code .md}: for a module's guide, the module's id
 * @param minutes how long the session it plans takes (guides); 0 for a card
 * @param sources the references its claims rest on (cards)
 */
public record Page(String name, Text id, Optional<Text> en, int minutes, List<String> sources) {

    public Page {
        sources = List.copyOf(sources);
    }

    /** One language's version: front matter and the rendered body. */
    public record Text(String title, String description, String html) {
    }

    public Text in(Lang lang) {
        return lang == Lang.EN ? en.orElse(id) : id;
    }

    public boolean availableIn(Lang lang) {
        return lang == Lang.ID || en.isPresent();
    }
}
