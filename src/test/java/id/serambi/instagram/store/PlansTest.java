package id.serambi.instagram.store;

import id.serambi.db.Database;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.PlanChecks;
import id.serambi.instagram.model.PlanFixtures;
import id.serambi.instagram.model.SaraWords;
import id.serambi.instagram.model.TaskCatalog;
import id.serambi.instagram.model.TaskFiles;
import id.serambi.course.ContentRoot;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans, their versions, images and passed tasks on SQLite, each visible to its owner only. */
class PlansTest {
    static final String OWNER = "owner-000000000000000";
    static final String OTHER = "other-000000000000000";
    private Path dir;
    private Database db;
    private Plans plans;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("serambi-plans");
        db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"));
        TaskCatalog tasks = new TaskFiles().read(ContentRoot.bundled()).content();
        plans = new Plans(new PlanStore(db.jdbi()), tasks, new PlanChecks(SaraWords.bundled()),
                Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
        TempFiles.delete(dir);
    }

    @Test
    void a_plan_is_its_owners_and_every_save_is_a_version() {
        String id = plans.create(OWNER, PlanFixtures.good(), Optional.empty());
        assertEquals(PlanFixtures.good(), plans.open(OWNER, id).orElseThrow().plan());
        assertTrue(plans.open(OTHER, id).isEmpty());
        assertTrue(plans.mine(OTHER).isEmpty());

        for (int i = 1; i <= Plans.KEEP + 3; i++) {
            Plans.Opened now = plans.open(OWNER, id).orElseThrow();
            Plan renamed = now.plan().withProfile("Rencana " + i, now.plan().profile(), now.plan().start(), 4);
            assertEquals(now.version() + 1, plans.save(OWNER, id, now.version(), renamed, "profile").orElseThrow());
        }
        assertEquals(Plans.KEEP, plans.versions(OWNER, id).size());
        assertEquals("Rencana " + (Plans.KEEP + 3), plans.mine(OWNER).get(0).title());
        assertTrue(plans.save(OWNER, id, 2, PlanFixtures.good(), "profile").isEmpty(), "a stale save is refused");
        assertTrue(plans.save(OTHER, id, Plans.KEEP + 4, PlanFixtures.good(), "profile").isEmpty());

        int oldest = plans.versions(OWNER, id).get(Plans.KEEP - 1).number();
        plans.restore(OWNER, id, oldest).orElseThrow();
        assertEquals("Rencana " + (oldest - 1), plans.open(OWNER, id).orElseThrow().plan().title());
        assertTrue(plans.delete(OWNER, id));
        assertTrue(plans.open(OWNER, id).isEmpty());
    }

    @Test
    void a_plan_over_instagrams_limits_is_never_stored() {
        Plan tooLong = PlanFixtures.with(PlanFixtures.good(),
                PlanFixtures.caption(PlanFixtures.good().post("p1").orElseThrow(), "Jam layanan\n" + "a".repeat(2300)));
        assertThrows(IllegalArgumentException.class, () -> plans.create(OWNER, tooLong, Optional.empty()));
        assertTrue(plans.mine(OWNER).isEmpty());
    }

    @Test
    void an_image_is_seen_only_through_its_owners_plan() {
        String id = plans.create(OWNER, PlanFixtures.good(), Optional.empty());
        String other = plans.create(OTHER, PlanFixtures.good(), Optional.empty());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        String image = plans.addImage(OWNER, id, jpeg, 10, 10).orElseThrow();
        assertArrayEquals(jpeg, plans.image(OWNER, id, image).orElseThrow().jpeg());
        assertTrue(plans.image(OTHER, id, image).isEmpty());
        assertTrue(plans.image(OTHER, other, image).isEmpty(), "not through another plan either");
        assertTrue(plans.addImage(OTHER, id, jpeg, 10, 10).isEmpty());
    }

    @Test
    void passing_a_task_is_recorded_once_for_the_learner() {
        var task = plans.tasks().task("rencana-empat-minggu").orElseThrow();
        String id = plans.create(OWNER, PlanFixtures.good(), Optional.of(task.id()));
        Plans.Opened opened = plans.open(OWNER, id).orElseThrow();
        assertEquals(List.of(), plans.submit(OWNER, opened));
        plans.submit(OWNER, opened);
        assertEquals(Set.of("rencana-empat-minggu"), plans.completed(OWNER));
        assertEquals(Set.of(), plans.completed(OTHER));
    }
}
