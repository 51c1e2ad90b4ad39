package id.serambi.web;

/**
 * Thrown by a guarded page that a stranger asked for: {@link WebSetup} answers with the login page
 * for a GET, which comes back to the page afterwards, and with 404 for anything else.
 */
public final class LoginRequired extends RuntimeException {
    public LoginRequired() {
        super(null, null, false, false);
    }
}
