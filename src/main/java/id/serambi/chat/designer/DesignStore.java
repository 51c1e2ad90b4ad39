package id.serambi.chat.designer;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * The designer's menus and their saved versions, each version the menu's YAML text. SQL only:
 * whether a menu may be saved is {@link Designs}' business.
 */
public final class DesignStore {
    private final Jdbi jdbi;

    public DesignStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A designed menu as listed: its current version's number and when it was last saved. */
    public record Summary(String id, String owner, String title, int version, long createdAt, long updatedAt) {
    }

    /** One saved version. */
    public record Version(int number, long savedAt, String note, String yaml) {
    }

    public void create(String id, String owner, String title, String yaml, String note, long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("""
                            insert into designed_menu (id, owner_id, title, current_version, created_at, updated_at)
                            values (:id, :owner, :title, 1, :now, :now)""")
                    .bind("id", id).bind("owner", owner).bind("title", title).bind("now", now).execute();
            insertVersion(h, id, 1, yaml, note, now);
        });
    }

    /**
     * Adds a version after the current one and makes it current, keeping the newest {@code keep}
     * versions. Returns the new version's number, or empty when the menu was saved meanwhile by
     * someone else (its current version is no longer {@code base}), in which case nothing changes.
     */
    public Optional<Integer> addVersion(String id, int base, String title, String yaml, String note, long now,
                                        int keep) {
        return Writes.inTransaction(jdbi, h -> {
            int next = base + 1;
            int changed = h.createUpdate("""
                            update designed_menu set current_version = :next, title = :title, updated_at = :now
                            where id = :id and current_version = :base""")
                    .bind("next", next).bind("title", title).bind("now", now).bind("id", id).bind("base", base)
                    .execute();
            if (changed == 0) {
                return Optional.<Integer>empty();
            }
            insertVersion(h, id, next, yaml, note, now);
            h.createUpdate("delete from designed_menu_version where menu_id = :id and version <= :oldest")
                    .bind("id", id).bind("oldest", next - keep).execute();
            return Optional.of(next);
        });
    }

    public Optional<Summary> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, owner_id, title, current_version, created_at, updated_at
                        from designed_menu where id = :id""")
                .bind("id", id).map((rs, ctx) -> summary(rs)).findOne());
    }

    /** The owner's menus, the most recently saved first. */
    public List<Summary> byOwner(String owner) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, owner_id, title, current_version, created_at, updated_at
                        from designed_menu where owner_id = :owner order by updated_at desc, id""")
                .bind("owner", owner).map((rs, ctx) -> summary(rs)).list());
    }

    public Optional<Version> version(String id, int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select version, saved_at, note, yaml from designed_menu_version
                        where menu_id = :id and version = :number""")
                .bind("id", id).bind("number", number)
                .map((rs, ctx) -> new Version(rs.getInt("version"), rs.getLong("saved_at"), rs.getString("note"),
                        rs.getString("yaml")))
                .findOne());
    }

    /** The kept versions, newest first, without their text. */
    public List<Version> versions(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select version, saved_at, note from designed_menu_version
                        where menu_id = :id order by version desc""")
                .bind("id", id)
                .map((rs, ctx) -> new Version(rs.getInt("version"), rs.getLong("saved_at"), rs.getString("note"), ""))
                .list());
    }

    /** The token of the menu's share link, if it has one. */
    public Optional<String> shareToken(String id) {
        return jdbi.withHandle(h -> h.createQuery("select token from design_share where menu_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** Gives the menu the share link {@code token}, unless it has one already. */
    public void share(String id, String token, long now) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        insert into design_share (token, menu_id, created_at) values (:token, :id, :now)
                        on conflict (menu_id) do nothing""")
                .bind("token", token).bind("id", id).bind("now", now).execute());
    }

    /** Takes the menu's share link away: it opens nothing any more. */
    public void unshare(String id) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("delete from design_share where menu_id = :id").bind("id", id).execute());
    }

    /** The menu a share link opens. */
    public Optional<String> shared(String token) {
        return jdbi.withHandle(h -> h.createQuery("select menu_id from design_share where token = :token")
                .bind("token", token).mapTo(String.class).findOne());
    }

    public void delete(String id) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("delete from design_share where menu_id = :id").bind("id", id).execute();
            h.createUpdate("delete from designed_menu_version where menu_id = :id").bind("id", id).execute();
            h.createUpdate("delete from designed_menu where id = :id").bind("id", id).execute();
        });
    }

    private static void insertVersion(Handle h, String id, int version, String yaml, String note, long now) {
        h.createUpdate("""
                        insert into designed_menu_version (menu_id, version, yaml, saved_at, note)
                        values (:id, :version, :yaml, :now, :note)""")
                .bind("id", id).bind("version", version).bind("yaml", yaml).bind("now", now).bind("note", note)
                .execute();
    }

    private static Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Summary(rs.getString("id"), rs.getString("owner_id"), rs.getString("title"),
                rs.getInt("current_version"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
