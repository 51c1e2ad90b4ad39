package id.serambi.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do. Participants of a workshop have no account, so no role here. */
public enum Role {
    ADMIN("admin"), TRAINER("trainer"), LEARNER("learner");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The name stored in the database. */
    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
