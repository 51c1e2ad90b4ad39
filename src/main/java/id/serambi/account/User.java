package id.serambi.account;

/** An account as the rest of the product sees it: never its password hash. */
public record User(String id, String username, Role role, boolean disabled, long createdAt) {
}
