package id.serambi.chat.simulator;

import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A database that held practice before the counts were kept: the migration that adds them counts
 * the transcripts and tasks already stored, so the heat map shows the same figures after the upgrade.
 */
class PracticeMigrationTest {
    private static final String MENU = "madatte";

    /** Practice as a server without the counts stored it: two chats, one of them with a task. */
    private static void storeOldPractice(String jdbcUrl) {
        Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration").target("3")
                .load().migrate();
        Jdbi.create(jdbcUrl).useTransaction(h -> {
            chat(h, "old-a-00000000000000000", "cari-alamat");
            message(h, "old-a-00000000000000000", 0, "INCOMING", "");
            message(h, "old-a-00000000000000000", 1, "GREETING", "");
            message(h, "old-a-00000000000000000", 2, "MENU", "");
            message(h, "old-a-00000000000000000", 3, "INCOMING", "");
            message(h, "old-a-00000000000000000", 4, "ANSWER", "1");
            chat(h, "old-b-00000000000000000", null);
            message(h, "old-b-00000000000000000", 0, "MENU", "");
            message(h, "old-b-00000000000000000", 1, "QUICK_REPLY", "2.1");
            message(h, "old-b-00000000000000000", 2, "OPERATOR", "");
        });
    }

    private static void chat(Handle h, String learner, String task) {
        h.execute("insert into learner (id, created_at) values (?, 0)", learner);
        h.execute("""
                insert into sim_chat (learner_id, menu, chat_mode, clock_offset, at_node, queue_state, task,
                    revision, updated_at)
                values (?, ?, 'API', 0, '', 'BOT', ?, 3, 1000)""", learner, MENU, task);
    }

    private static void message(Handle h, String learner, int seq, String kind, String node) {
        h.execute("""
                insert into sim_message (learner_id, menu, seq, sent_at, kind, node_path, body)
                values (?, ?, ?, 1000, ?, ?, 'teks')""", learner, MENU, seq, kind, node);
    }

    private static void upgradeAndCount(String jdbcUrl) {
        storeOldPractice(jdbcUrl);
        try (Database database = Database.open(jdbcUrl)) {
            SimulatorStore.PracticeCounts practice = new SimulatorStore(database.jdbi()).practice(MENU);
            assertEquals(2, practice.chats());
            assertEquals(8, practice.messages(), "5 messages in A's chat, 3 in B's");
            // the top menu twice (A's MENU, B's MENU), A's answer 1, B's quick reply 2 > 1; the
            // incoming, greeting and staff messages show no node
            assertEquals(Map.of(List.of(), 2L, List.of(1), 1L, List.of(2, 1), 1L), practice.shown());
            assertEquals(Map.of("cari-alamat", 1L), practice.attempts(), "A's task under way");
            assertEquals(Map.of(), practice.reached());
        }
    }

    @Test
    void practice_stored_before_the_upgrade_is_counted_on_sqlite() throws Exception {
        Path dir = Files.createTempDirectory("serambi-upgrade");
        try {
            upgradeAndCount("jdbc:sqlite:" + dir.resolve("test.db"));
        } finally {
            TempFiles.delete(dir);
        }
    }

    @Test
    void practice_stored_before_the_upgrade_is_counted_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            upgradeAndCount(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }
}
