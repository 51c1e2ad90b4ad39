package id.serambi.instagram.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a post appears: on the profile's grid (feed) or for a day as a Story. */
public enum Placement {
    FEED("feed"),
    STORY("story");

    private final String key;

    Placement(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Placement> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
