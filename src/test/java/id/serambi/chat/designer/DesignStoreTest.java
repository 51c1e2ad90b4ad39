package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Designed menus and their versions on SQLite; {@link DesignStorePostgresTest} runs the same on PostgreSQL. */
class DesignStoreTest {
    static final String OWNER = "owner-000000000000000";
    static final String OTHER = "other-000000000000000";

    @Test
    void versions_are_kept_pruned_and_restored_on_sqlite() throws Exception {
        Path dir = Files.createTempDirectory("serambi-design");
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
            versionsAreKeptPrunedAndRestored(db);
        } finally {
            TempFiles.delete(dir);
        }
    }

    static void versionsAreKeptPrunedAndRestored(Database db) {
        Designs designs = new Designs(new DesignStore(db.jdbi()),
                Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC));
        Menu madatte = MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow();
        String id = designs.create(OWNER, designs.copyOf(madatte, "Salinan"), "copy");
        Designs.Design first = designs.open(OWNER, id).orElseThrow();
        assertEquals(1, first.version());
        assertTrue(designs.open(OTHER, id).isEmpty(), "another visitor does not see it");
        assertTrue(designs.engine(Designs.PREFIX + id, OTHER).isEmpty());

        for (int i = 1; i <= Designs.KEEP + 5; i++) {
            Menu edited = DesignNodes.node(designs.open(OWNER, id).orElseThrow().menu(), List.of(1),
                    java.util.Map.of("label", "Alamat", "shortcut", "alamat", "text", "Teks " + i)).menu().orElseThrow();
            int base = designs.open(OWNER, id).orElseThrow().version();
            assertEquals(base + 1, designs.save(OWNER, id, base, designs.check(id, edited), "save").orElseThrow());
        }
        List<DesignStore.Version> versions = designs.versions(OWNER, id);
        assertEquals(Designs.KEEP, versions.size());
        assertEquals(Designs.KEEP + 6, versions.get(0).number());

        Menu stale = designs.open(OWNER, id).orElseThrow().menu();
        assertTrue(designs.save(OWNER, id, 3, designs.check(id, stale), "save").isEmpty(),
                "a save over an old version is refused");
        assertTrue(designs.save(OTHER, id, Designs.KEEP + 6, designs.check(id, stale), "save").isEmpty());

        int restored = designs.restore(OWNER, id, Designs.KEEP + 2).orElseThrow();
        assertEquals(Designs.KEEP + 7, restored);
        assertTrue(designs.engine(Designs.PREFIX + id, OWNER).orElseThrow().menu().node(List.of(1)).orElseThrow()
                .text().equals("Teks " + (Designs.KEEP + 1)));
        assertEquals(1, designs.mine(OWNER).size());
        assertTrue(designs.delete(OWNER, id));
        assertFalse(designs.open(OWNER, id).isPresent());
    }
}
