package id.serambi.account;

import java.util.List;

/** A request about accounts that cannot be done, named by a message key; nothing was changed. */
public final class AccountProblem extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public AccountProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
