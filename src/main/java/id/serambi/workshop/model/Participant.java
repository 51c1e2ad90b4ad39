package id.serambi.workshop.model;

import java.time.Instant;

/** Someone in the room, known by the token their phone keeps; the token itself is never stored. */
public record Participant(String id, String workshop, String name, Group group, String tokenHash,
                          Instant joinedAt, Instant lastSeen) {
    public static final int MAX_NAME = 60;

    /**
     * Whom the seat's quiz attempts are stored under: the seat, not the phone, so a second device
     * let in by the trainer finds the same answers.
     */
    public String learnerId() {
        return "peserta-" + id;
    }

    /** The same seat, seen at {@code when}. */
    public Participant seenAt(java.time.Instant when) {
        return new Participant(id, workshop, name, group, tokenHash, joinedAt, when);
    }

    public enum Group {
        WARGA, APARAT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Group> parse(String code) {
            for (Group g : values()) {
                if (g.code().equals(code)) {
                    return java.util.Optional.of(g);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A name as typed, trimmed and with runs of spaces made one; empty when nothing usable is left. */
    public static java.util.Optional<String> cleanName(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name);
    }
}
