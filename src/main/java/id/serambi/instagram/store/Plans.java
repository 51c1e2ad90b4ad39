package id.serambi.instagram.store;

import id.serambi.instagram.model.Finding;
import id.serambi.instagram.model.Limits;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.PlanChecks;
import id.serambi.instagram.model.PlanYaml;
import id.serambi.instagram.model.Practice;
import id.serambi.instagram.model.Task;
import id.serambi.instagram.model.TaskCatalog;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plans staff make: each belongs to one visitor (another visitor's is as if it did not
 * exist), every save is a new version (the newest {@value #KEEP} are kept), and nothing over
 * Instagram's limits is stored. A plan started for a practice task is checked with that task's
 * comments, and passing it is recorded with the learner's progress.
 */
public final class Plans {
    public static final int KEEP = 20;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final PlanStore store;
    private final TaskCatalog tasks;
    private final PlanChecks checks;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Plans(PlanStore store, TaskCatalog tasks, PlanChecks checks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.checks = checks;
        this.clock = clock;
    }

    /** A plan as opened by its owner: its summary, the plan, and the task it was started for. */
    public record Opened(PlanStore.Summary summary, Plan plan, Optional<Task> task) {
        public String id() {
            return summary.id();
        }

        public int version() {
            return summary.version();
        }
    }

    public List<PlanStore.Summary> mine(String owner) {
        return store.byOwner(owner);
    }

    public Optional<Opened> open(String owner, String id) {
        return store.find(id).filter(s -> s.owner().equals(owner))
                .flatMap(s -> store.version(id, s.version())
                        .flatMap(v -> PlanYaml.read("plan.yaml", v.yaml()).plan())
                        .map(p -> new Opened(s, p, s.task().flatMap(tasks::task))));
    }

    public String create(String owner, Plan plan, Optional<String> task) {
        refuseOverLimits(plan);
        String id = newId();
        store.create(id, owner, task, plan.title(), PlanYaml.write(plan), task.isPresent() ? "task" : "create",
                clock.millis());
        return id;
    }

    /** Saves {@code plan} as the version after {@code base}; empty when not the owner's or saved meanwhile. */
    public Optional<Integer> save(String owner, String id, int base, Plan plan, String note) {
        refuseOverLimits(plan);
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return Optional.empty();
        }
        return store.addVersion(id, base, plan.title(), PlanYaml.write(plan), note, clock.millis(), KEEP);
    }

    public List<PlanStore.Version> versions(String owner, String id) {
        return store.find(id).filter(s -> s.owner().equals(owner)).map(s -> store.versions(id)).orElse(List.of());
    }

    /** Makes an old version current again, as a new version. */
    public Optional<Integer> restore(String owner, String id, int number) {
        Optional<PlanStore.Summary> summary = store.find(id).filter(s -> s.owner().equals(owner));
        Optional<PlanStore.Version> version = summary.flatMap(s -> store.version(id, number));
        Optional<Plan> plan = version.flatMap(v -> PlanYaml.read("plan.yaml", v.yaml()).plan());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return store.addVersion(id, summary.get().version(), plan.get().title(), version.get().yaml(), "restore",
                clock.millis(), KEEP);
    }

    public boolean delete(String owner, String id) {
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return false;
        }
        store.delete(id);
        return true;
    }

    /** Stores an image the server has already re-encoded, for the owner's plan; its id is returned. */
    public Optional<String> addImage(String owner, String planId, byte[] jpeg, int width, int height) {
        if (store.find(planId).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return Optional.empty();
        }
        String id = newId() + newId();
        store.addImage(id, planId, jpeg, width, height, clock.millis());
        return Optional.of(id);
    }

    /** An image of the owner's plan; empty for anyone else's. */
    public Optional<PlanStore.Image> image(String owner, String planId, String imageId) {
        return store.find(planId).filter(s -> s.owner().equals(owner)).flatMap(s -> store.image(imageId))
                .filter(i -> i.plan().equals(planId));
    }

    /** The comments the plan practises on: its task's, or the standard ones. */
    public Practice practice(Opened opened) {
        return opened.task().map(Task::practice).orElse(Practice.standard());
    }

    /** Everything the checks find: the task's own checks when the plan was started for one. */
    public List<Finding> findings(Opened opened) {
        return opened.task().map(t -> t.check(checks, opened.plan()))
                .orElseGet(() -> checks.check(opened.plan(), Practice.standard()));
    }

    /** Checks the owner's task plan and records the pass; the findings are returned either way. */
    public List<Finding> submit(String owner, Opened opened) {
        List<Finding> found = findings(opened);
        if (found.isEmpty() && opened.task().isPresent()) {
            store.passed(owner, opened.task().get().id(), opened.id(), clock.millis());
        }
        return found;
    }

    /** The ids of the practice tasks {@code learnerId} has passed. */
    public Set<String> completed(String learnerId) {
        return store.passedTasks(learnerId);
    }

    public TaskCatalog tasks() {
        return tasks;
    }

    private static void refuseOverLimits(Plan plan) {
        if (plan.posts().stream().anyMatch(p -> !Limits.check(p).isEmpty())) {
            throw new IllegalArgumentException("a post over Instagram's limits");
        }
    }

    private String newId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
