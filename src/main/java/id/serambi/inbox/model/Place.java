package id.serambi.inbox.model;

import java.util.Arrays;
import java.util.Optional;

/** Where in a message a marked span sits: its text, or one of the things shown around it. */
public enum Place {
    TEXT("text"),
    NAME("name"),
    NUMBER("number"),
    ABOUT("about"),
    FORWARDED("forwarded"),
    LINK("link"),
    ATTACHMENT("attachment");

    private final String code;

    Place(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Place> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
