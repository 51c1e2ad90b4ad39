package id.serambi.instagram.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A citizen's comment on a post, or a direct message about it, that the practice adds to a plan,
 * with the office's reply once the plan has one.
 */
public record Comment(String id, String postId, Channel channel, String from, String text, LocalDateTime at,
                      Optional<Reply> reply) {

    public enum Channel {
        KOMENTAR("komentar"), DM("dm");

        private final String key;

        Channel(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Channel> of(String key) {
            for (Channel c : values()) {
                if (c.key.equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** The office's answer and when it is sent. */
    public record Reply(String text, LocalDateTime at) {
    }
}
