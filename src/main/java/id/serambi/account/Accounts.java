package id.serambi.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account rules: who may be created, who may log in, who may change a password or disable an
 * account, and what the audit log notes. Sessions themselves are {@link Sessions}.
 */
public final class Accounts {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final AccountStore store;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final Throttle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the username is unknown, so a wrong name takes as long as a wrong password. */
    private final String decoyHash;

    public Accounts(AccountStore store, Sessions sessions, PasswordHasher hasher, Throttle throttle, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-" + random(32));
    }

    /** Usernames are compared without case and surrounding spaces. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account with a learner id of its own, or throws {@link AccountProblem} for a bad
     * or taken username or a weak password. {@code actorId} is the admin who did it, or null from
     * the command line.
     */
    public User create(String username, Role role, String password, String actorId) {
        return create(username, role, password, newId(), actorId, "user.create", role.code());
    }

    /**
     * Creates an account whose learner id is {@code learnerId}, noting {@code action} in the audit
     * log unless it is null (the caller notes it then); throws {@link AccountProblem} as
     * {@link #create(String, Role, String, String)} does.
     */
    User create(String username, Role role, String password, String learnerId, String actorId, String action,
                String detail) {
        String name = checkNew(username, password);
        long now = clock.millis();
        User user = new User(newId(), name, role, false, now);
        if (!store.create(user, hasher.hash(password), learnerId)) {
            throw new AccountProblem("account.username.taken", name);
        }
        if (action != null) {
            store.audit(newId(), now, actorId, action, name, detail);
        }
        return user;
    }

    /** Creates the first admin from the setup page; refused once any account exists. */
    public User createFirstAdmin(String username, String password) {
        String name = checkNew(username, password);
        long now = clock.millis();
        User user = new User(newId(), name, Role.ADMIN, false, now);
        if (!store.createFirst(user, hasher.hash(password), newId())) {
            throw new AccountProblem("account.setup.done");
        }
        store.audit(newId(), now, user.id(), "user.create", name, "setup");
        return user;
    }

    /** The normalized username, after checking it and the password a new account would have. */
    private static String checkNew(String username, String password) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem("account.username.invalid");
        }
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new AccountProblem(key);
        });
        return name;
    }

    /**
     * The learner id the account's progress is kept under; an account made before accounts had
     * one is given one now.
     */
    public String learnerId(User user) {
        return store.giveLearnerId(user.id(), newId());
    }

    /** True until the first account exists: the setup page is open. */
    public boolean noAccounts() {
        return store.count() == 0;
    }

    public LoginResult login(String username, String password, String ip) {
        String name = normalize(username);
        long now = clock.millis();
        long since = now - throttle.window().toMillis();
        store.prune(since, now);
        if (throttle.blocksAccount(store.failuresForUsername(name, since))
                || throttle.blocksAddress(store.failuresFromIp(ip, since))) {
            return new LoginResult.Throttled(throttle.window().toSeconds());
        }
        Optional<AccountStore.Credentials> found = store.credentials(name);
        boolean matches = hasher.matches(password == null ? "" : password,
                found.map(AccountStore.Credentials::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches || found.get().user().disabled()) {
            store.addFailure(name, ip, now);
            return new LoginResult.Refused();
        }
        return new LoginResult.Success(found.get().user(), sessions.start(found.get().user(), now));
    }

    /**
     * Changes the password of the account logged in with {@code token}, after checking the
     * current one; the account's other sessions end.
     */
    public void changePassword(User user, String token, String current, String replacement) {
        String hash = store.credentials(user.username()).orElseThrow().passwordHash();
        if (!hasher.matches(current == null ? "" : current, hash)) {
            throw new AccountProblem("account.password.wrong");
        }
        PasswordPolicy.problem(replacement).ifPresent(key -> {
            throw new AccountProblem(key);
        });
        store.setPassword(user.id(), hasher.hash(replacement));
        sessions.endOthers(user, token);
        store.audit(newId(), clock.millis(), user.id(), "password.change", user.username(), "");
    }

    /**
     * Disables or enables an account on an admin's behalf; disabling ends its sessions. An admin
     * cannot disable their own account, so there is always someone left to undo it.
     */
    public void setDisabled(User admin, String userId, boolean disabled) {
        User target = store.byId(userId).orElseThrow(() -> new AccountProblem("account.admin.unknown"));
        if (target.id().equals(admin.id())) {
            throw new AccountProblem("account.admin.self");
        }
        store.setDisabled(userId, disabled);
        store.audit(newId(), clock.millis(), admin.id(), disabled ? "user.disable" : "user.enable",
                target.username(), "");
    }

    /**
     * Notes in the audit log that {@code actor} did {@code action} (a message key under
     * {@code account.audit.}) to {@code target}; admins read it on the users page.
     */
    public void record(User actor, String action, String target, String detail) {
        store.audit(newId(), clock.millis(), actor.id(), action, target, detail);
    }

    public List<User> users() {
        return store.all();
    }

    /** The username of the account with {@code userId}, as a certificate names its trainer. */
    public Optional<String> username(String userId) {
        return store.byId(userId).map(User::username);
    }

    public boolean exists(String username) {
        return store.credentials(normalize(username)).isPresent();
    }

    public List<AuditEntry> auditLog(int limit) {
        return store.auditLog(limit);
    }

    /** A fresh random id, of the same shape as the learner id cookie. */
    String newId() {
        return random(16);
    }

    private String random(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
