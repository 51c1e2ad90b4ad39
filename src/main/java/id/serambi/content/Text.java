package id.serambi.content;

import id.serambi.i18n.Lang;

import java.util.Optional;

/** A text written in Indonesian and, optionally, in English. */
public record Text(String id, Optional<String> en) {

    public static Text of(String id) {
        return new Text(id, Optional.empty());
    }

    public static Text of(String id, String en) {
        return new Text(id, Optional.ofNullable(en));
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en.orElse(id) : id;
    }
}
