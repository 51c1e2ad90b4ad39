package id.serambi.account;

import java.time.Clock;

/**
 * Learners making their own account. The account takes the learner id the device already had,
 * so what was done there anonymously (lessons, practice, quiz attempts, menu designs) stays
 * theirs; a device whose id already belongs to another account (someone signed up on it and did
 * not log out) gets a fresh one, so nobody takes over another's progress.
 */
public final class SignUps {
    private final Accounts accounts;
    private final AccountStore store;
    private final Throttle throttle;
    private final Clock clock;

    public SignUps(Accounts accounts, AccountStore store, Throttle throttle, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether the address made so many sign-ups lately that the next is refused unread. */
    public boolean blocked(String ip) {
        long now = clock.millis();
        long since = now - throttle.window().toMillis();
        store.prune(since, now);
        return throttle.blocksSignUp(store.signUpsFromIp(ip, since));
    }

    /** How long a blocked address waits: the whole window, as nothing shorter is sure to free it. */
    public long retryAfterSeconds() {
        return throttle.window().toSeconds();
    }

    /**
     * Creates a learner account from {@code ip} for the device with learner id {@code deviceLearner},
     * or throws {@link AccountProblem}. Every attempt that gets this far counts towards the limit,
     * successful or not: each costs a password hash.
     */
    public User signUp(String username, String password, String deviceLearner, String ip) {
        store.addSignUp(ip, clock.millis());
        String learnerId = deviceLearner == null || store.learnerIdTaken(deviceLearner) ? accounts.newId() : deviceLearner;
        User user = accounts.create(username, Role.LEARNER, password, learnerId, null, null, "");
        accounts.record(user, "user.signup", user.username(), "");
        return user;
    }
}
