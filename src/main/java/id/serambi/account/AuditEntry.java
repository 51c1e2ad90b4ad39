package id.serambi.account;

/** One line of the audit log: who (their username, or empty for the command line), what, when. */
public record AuditEntry(long at, String actor, String action, String target, String detail) {
}
