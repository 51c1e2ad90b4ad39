package id.serambi.instagram.model;

import id.serambi.content.Problem;
import id.serambi.course.ContentRoot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled practice tasks read without a problem, and a broken task file is named by line. */
class TaskFilesTest {
    private final PlanChecks checks = new PlanChecks(SaraWords.bundled());

    @Test
    void the_bundled_tasks_read_and_the_fix_task_starts_with_exactly_three_breaches() {
        var read = new TaskFiles().read(ContentRoot.bundled());
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("perbaiki-tiga-pelanggaran", "rencana-empat-minggu"),
                read.content().tasks().stream().map(Task::id).toList());
        Task fix = read.content().task("perbaiki-tiga-pelanggaran").orElseThrow();
        List<Finding> found = fix.check(checks, fix.start().orElseThrow());
        // a NIK in p2, the repost p4 not naming @warung.bu.ani, the DM (6 March 06:00) answered 32 hours later
        assertEquals(List.of("ig.check.reply.late.dm", "ig.check.repost.mention", "ig.check.nik"),
                found.stream().map(Finding::key).toList());
        assertEquals(32L, found.get(0).args().get(2));
    }

    @Test
    void the_plan_that_keeps_every_rule_passes_the_four_week_task_and_a_shorter_one_does_not() {
        Task task = new TaskFiles().read(ContentRoot.bundled()).content().task("rencana-empat-minggu").orElseThrow();
        assertEquals(List.of(), task.check(checks, PlanFixtures.good()));
        Plan shorter = PlanFixtures.good().withProfile("x", PlanFixtures.good().profile(), PlanFixtures.START, 3);
        assertTrue(task.check(checks, shorter).stream().anyMatch(f -> f.key().equals("ig.check.task.weeks")));
    }

    @Test
    void a_broken_task_file_is_reported_with_file_and_line() {
        List<Problem> problems = new ArrayList<>();
        String text = """
                title: Tugas
                brief: Rencanakan
                plan:
                  title: Rencana
                  start: 2026-02-30
                  posts:
                    - id: p1
                      kind: berita
                      image: gambar.png
                colour: merah
                """;
        assertTrue(TaskFiles.read("content/instagram/Tugas_1.yaml", Path.of("Tugas_1.yaml"), text, problems).isEmpty());
        List<String> got = problems.stream().sorted().map(p -> p.line() + " " + p.key()).toList();
        assertEquals(List.of("1 ig.file.name", "5 ig.file.date", "8 ig.file.kind", "9 ig.file.image",
                "10 content.field.unknown"), got);
    }
}
