package id.serambi.instagram.store;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The planner's tables: plans and their saved versions (each the plan's YAML text), uploaded
 * images, and passed practice tasks. SQL only: who may read or save what is {@link Plans}' business.
 */
public final class PlanStore {
    private final Jdbi jdbi;

    public PlanStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A plan as listed: its current version and when it was last saved. */
    public record Summary(String id, String owner, Optional<String> task, String title, int version, long createdAt,
                          long updatedAt) {
    }

    public record Version(int number, long savedAt, String note, String yaml) {
    }

    /** An image as stored: the JPEG the server wrote. */
    public record Image(String id, String plan, byte[] jpeg, int width, int height) {
    }

    public void create(String id, String owner, Optional<String> task, String title, String yaml, String note,
                       long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("""
                            insert into instagram_plan (id, owner_id, task_id, title, current_version, created_at, updated_at)
                            values (:id, :owner, :task, :title, 1, :now, :now)""")
                    .bind("id", id).bind("owner", owner).bind("task", task.orElse(null)).bind("title", title)
                    .bind("now", now).execute();
            insertVersion(h, id, 1, yaml, note, now);
        });
    }

    /**
     * Adds a version after {@code base} and makes it current, keeping the newest {@code keep};
     * empty when the plan was saved meanwhile, in which case nothing changes.
     */
    public Optional<Integer> addVersion(String id, int base, String title, String yaml, String note, long now,
                                        int keep) {
        return Writes.inTransaction(jdbi, h -> {
            int next = base + 1;
            int changed = h.createUpdate("""
                            update instagram_plan set current_version = :next, title = :title, updated_at = :now
                            where id = :id and current_version = :base""")
                    .bind("next", next).bind("title", title).bind("now", now).bind("id", id).bind("base", base)
                    .execute();
            if (changed == 0) {
                return Optional.<Integer>empty();
            }
            insertVersion(h, id, next, yaml, note, now);
            h.createUpdate("delete from instagram_plan_version where plan_id = :id and version <= :oldest")
                    .bind("id", id).bind("oldest", next - keep).execute();
            return Optional.of(next);
        });
    }

    public Optional<Summary> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, owner_id, task_id, title, current_version, created_at, updated_at
                        from instagram_plan where id = :id""")
                .bind("id", id).map((rs, ctx) -> summary(rs)).findOne());
    }

    public List<Summary> byOwner(String owner) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, owner_id, task_id, title, current_version, created_at, updated_at
                        from instagram_plan where owner_id = :owner order by updated_at desc, id""")
                .bind("owner", owner).map((rs, ctx) -> summary(rs)).list());
    }

    public Optional<Version> version(String id, int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select version, saved_at, note, yaml from instagram_plan_version
                        where plan_id = :id and version = :number""")
                .bind("id", id).bind("number", number)
                .map((rs, ctx) -> new Version(rs.getInt("version"), rs.getLong("saved_at"), rs.getString("note"),
                        rs.getString("yaml")))
                .findOne());
    }

    /** The kept versions, newest first, without their text. */
    public List<Version> versions(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select version, saved_at, note from instagram_plan_version
                        where plan_id = :id order by version desc""")
                .bind("id", id)
                .map((rs, ctx) -> new Version(rs.getInt("version"), rs.getLong("saved_at"), rs.getString("note"), ""))
                .list());
    }

    public void delete(String id) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("delete from instagram_image where plan_id = :id").bind("id", id).execute();
            h.createUpdate("delete from instagram_plan_version where plan_id = :id").bind("id", id).execute();
            h.createUpdate("delete from instagram_plan where id = :id").bind("id", id).execute();
        });
    }

    public void addImage(String id, String plan, byte[] jpeg, int width, int height, long now) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        insert into instagram_image (id, plan_id, jpeg, width, height, created_at)
                        values (:id, :plan, :jpeg, :width, :height, :now)""")
                .bind("id", id).bind("plan", plan).bind("jpeg", Base64.getEncoder().encodeToString(jpeg))
                .bind("width", width).bind("height", height).bind("now", now).execute());
    }

    public Optional<Image> image(String id) {
        return jdbi.withHandle(h -> h.createQuery("select id, plan_id, jpeg, width, height from instagram_image where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Image(rs.getString("id"), rs.getString("plan_id"),
                        Base64.getDecoder().decode(rs.getString("jpeg")), rs.getInt("width"), rs.getInt("height")))
                .findOne());
    }

    /** Records that {@code learner} passed {@code task} with {@code plan}; the first pass is kept. */
    public void passed(String learner, String task, String plan, long now) {
        Writes.useTransaction(jdbi, h -> {
            boolean already = h.createQuery("""
                            select count(*) from instagram_task_done where learner_id = :learner and task_id = :task""")
                    .bind("learner", learner).bind("task", task).mapTo(Integer.class).one() > 0;
            if (!already) {
                h.createUpdate("""
                                insert into instagram_task_done (learner_id, task_id, plan_id, passed_at)
                                values (:learner, :task, :plan, :now)""")
                        .bind("learner", learner).bind("task", task).bind("plan", plan).bind("now", now).execute();
            }
        });
    }

    public Set<String> passedTasks(String learner) {
        return jdbi.withHandle(h -> new TreeSet<>(h.createQuery(
                        "select task_id from instagram_task_done where learner_id = :learner")
                .bind("learner", learner).mapTo(String.class).list()));
    }

    private static void insertVersion(Handle h, String id, int version, String yaml, String note, long now) {
        h.createUpdate("""
                        insert into instagram_plan_version (plan_id, version, yaml, saved_at, note)
                        values (:id, :version, :yaml, :now, :note)""")
                .bind("id", id).bind("version", version).bind("yaml", yaml).bind("now", now).bind("note", note)
                .execute();
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getString("id"), rs.getString("owner_id"), Optional.ofNullable(rs.getString("task_id")),
                rs.getString("title"), rs.getInt("current_version"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
