package id.serambi.quiz.imported;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Imported GIFT quizzes as stored: SQL only; which id a quiz gets is {@link ImportedQuizzes}' business. */
public final class ImportedQuizStore {
    private final Jdbi jdbi;

    public ImportedQuizStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One imported quiz as listed, without its text. */
    public record Entry(String id, String title, long createdAt) {
    }

    /** Every imported quiz, newest first. */
    public List<Entry> entries() {
        return jdbi.withHandle(h -> h.createQuery("select id, title, created_at from imported_quiz order by created_at desc, id")
                .map((rs, ctx) -> new Entry(rs.getString("id"), rs.getString("title"), rs.getLong("created_at")))
                .list());
    }

    public Optional<String> gift(String id) {
        return jdbi.withHandle(h -> h.createQuery("select gift from imported_quiz where id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** The imported quiz saved with exactly this text, if one was: a form sent twice saves once. */
    public Optional<String> idOfText(String gift) {
        return jdbi.withHandle(h -> h.createQuery("select id from imported_quiz where gift = :gift order by id")
                .bind("gift", gift).mapTo(String.class).findFirst());
    }

    /** Ids in use by imported quizzes and by attempts at any quiz, imported or deleted ones included. */
    public Set<String> usedIds() {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery(
                        "select id from imported_quiz union select distinct quiz from quiz_attempt")
                .mapTo(String.class).list()));
    }

    /** Saves a quiz; false, saving nothing, when its id was taken meanwhile. */
    public boolean insert(String id, String title, String gift, long now) {
        try {
            return Writes.inTransaction(jdbi, h -> h.createUpdate("""
                            insert into imported_quiz (id, title, gift, created_at) values (:id, :title, :gift, :now)""")
                    .bind("id", id).bind("title", title).bind("gift", gift).bind("now", now).execute() == 1);
        } catch (UnableToExecuteStatementException e) {
            if (gift(id).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /** Removes an imported quiz; its attempts stay, for the reports. False when there was none. */
    public boolean delete(String id) {
        return Writes.inTransaction(jdbi, h -> h.createUpdate("delete from imported_quiz where id = :id")
                .bind("id", id).execute() == 1);
    }
}
