package id.serambi.chat.simulator;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuFixtures;
import id.serambi.chat.engine.Task;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static id.serambi.chat.engine.MenuFixtures.reply;
import static id.serambi.chat.engine.MenuFixtures.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heat map and task figures from plain counts, without a database. */
class PracticeStatsTest {
    private static final Menu MENU = MenuFixtures.madatte()
            .options(reply("Alamat kelurahan", "alamat", "Jalan"),
                    sub("Pelayanan", "layanan", "Pilih layanan:",
                            reply("Domisili", "domisili", "Syarat domisili"),
                            reply("Usaha", "usaha", "Syarat usaha")),
                    reply("Instagram", "instagram", "Ikuti kami"))
            .task("cari-usaha", 3, 2, 2)
            .build();

    @Test
    void the_tree_follows_the_menu_with_each_nodes_count_and_zero_for_nodes_never_shown() {
        PracticeStats.Heat root = PracticeStats.heat(MENU, Map.of(
                List.of(), 10L, List.of(1), 4L, List.of(2), 5L, List.of(2, 2), 2L));
        assertEquals(10, root.count());
        assertEquals("menu", root.display());
        assertEquals(List.of(4L, 5L, 0L), root.children().stream().map(PracticeStats.Heat::count).toList());
        PracticeStats.Heat services = root.children().get(1);
        assertEquals("Pelayanan", services.label());
        assertEquals(List.of(2, 2), services.children().get(1).path());
        assertEquals("2 > 2", services.children().get(1).display());
        assertEquals(List.of(0L, 2L), services.children().stream().map(PracticeStats.Heat::count).toList());
        assertTrue(root.children().get(0).children().isEmpty(), "a reply has no children");
    }

    @Test
    void levels_are_fifths_of_the_busiest_node_and_zero_only_when_never_shown() {
        PracticeStats.Heat root = PracticeStats.heat(MENU, Map.of(
                List.of(), 10L, List.of(1), 1L, List.of(2), 5L, List.of(2, 1), 9L));
        assertEquals(5, root.level());
        assertEquals(100, root.percent());
        assertEquals(1, root.children().get(0).level(), "1 of 10 is in the first fifth");
        assertEquals(10, root.children().get(0).percent(), "bars in steps of 5%");
        assertEquals(5, PracticeStats.percent(1, 1000), "a node shown at all gets a visible bar");
        assertEquals(3, root.children().get(1).level(), "5 of 10 is in the third fifth");
        assertEquals(50, root.children().get(1).percent());
        assertEquals(5, root.children().get(1).children().get(0).level(), "9 of 10 is in the top fifth");
        assertEquals(0, root.children().get(2).level());
        assertEquals(0, root.children().get(2).percent());
    }

    @Test
    void boundaries_of_the_fifths() {
        assertEquals(0, PracticeStats.level(0, 0));
        assertEquals(0, PracticeStats.level(0, 7));
        assertEquals(1, PracticeStats.level(20, 100));
        assertEquals(2, PracticeStats.level(21, 100));
        assertEquals(4, PracticeStats.level(80, 100));
        assertEquals(5, PracticeStats.level(81, 100));
        assertEquals(5, PracticeStats.level(1, 1));
    }

    @Test
    void counts_for_paths_no_longer_in_the_menu_are_ignored_and_do_not_set_the_scale() {
        PracticeStats.Heat root = PracticeStats.heat(MENU, Map.of(List.of(9), 1000L, List.of(1), 4L));
        assertEquals(0, root.count());
        assertEquals(5, root.children().get(0).level(), "the busiest known node is the top of the scale");
    }

    @Test
    void an_empty_practice_gives_the_whole_tree_at_zero() {
        PracticeStats.Heat root = PracticeStats.heat(MENU, Map.of());
        assertEquals(3, root.children().size());
        assertEquals(0, root.level());
        assertEquals(0, root.children().get(1).children().get(0).count());
    }

    @Test
    void the_median_takes_the_middle_or_the_mean_of_the_two_middles() {
        assertEquals(OptionalDouble.empty(), PracticeStats.median(List.of()));
        assertEquals(OptionalDouble.of(3), PracticeStats.median(List.of(7, 3, 2)));
        assertEquals(OptionalDouble.of(3.5), PracticeStats.median(List.of(5, 2, 3, 4)));
    }

    @Test
    void a_task_counts_learners_who_tried_and_succeeded_and_the_median_of_every_success() {
        Task task = MENU.task("cari-usaha").orElseThrow();
        PracticeStats.TaskStats stats = PracticeStats.task(task, 3, 2, List.of(3, 5, 4));
        assertEquals(3, stats.attempts());
        assertEquals(2, stats.reached());
        assertEquals(OptionalDouble.of(4), stats.median());
        assertEquals(2, PracticeStats.task(task, 1, 2, List.of(3, 3)).attempts(),
                "whoever reached a task also tried it");
        assertEquals(OptionalDouble.empty(), PracticeStats.task(task, 4, 0, List.of()).median());
    }
}
