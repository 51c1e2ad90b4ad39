package id.serambi.instagram.model;

/**
 * What the checks look at: the profile, the report's seven guidelines in its order, Instagram's
 * own limits, and what must never be posted. Each has a heading in the messages
 * ({@code ig.rule.<key>}) and a line on what it asks ({@code ig.rule.<key>.asks}).
 */
public enum Rule {
    PROFILE("profil"),
    WEEKLY("berkala"),
    SCHEDULED("terjadwal"),
    DESIGNED("desain"),
    INTERACTIVE("interaktif"),
    NO_SARA("sara"),
    STORIES("story"),
    REPOSTS("ulang"),
    LIMITS("batas"),
    PRIVACY("data");

    private final String key;

    Rule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
