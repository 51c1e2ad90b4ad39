package id.serambi.course;

import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checklist files, and when a checklist is complete. */
class ChecklistTest {
    private static final Messages MESSAGES = new Messages();

    private static Checklist three() {
        return new Checklist("wa", Text.of("WA"), Text.of("."), List.of(
                new Checklist.Step("profil", Text.of("Profil"), Text.of("")),
                new Checklist.Step("salam", Text.of("Salam"), Text.of("")),
                new Checklist.Step("label", Text.of("Label"), Text.of(""))));
    }

    @Test
    void a_checklist_is_complete_when_every_step_it_lists_is_ticked() {
        Checklist c = three();
        assertEquals(0, c.ticked(Set.of()));
        assertEquals(2, c.ticked(Set.of("profil", "label", "dulu-ada")), "a step no longer listed is ignored");
        assertFalse(c.complete(Set.of("profil", "label", "dulu-ada")));
        assertTrue(c.complete(Set.of("profil", "salam", "label")));
        Checklists all = new Checklists(List.of(c));
        assertEquals(Set.of("wa"), all.completed(Map.of("wa", Set.of("profil", "salam", "label"),
                "hilang", Set.of("x"))), "ticks in a checklist that no longer exists are ignored");
        assertEquals(Set.of(), all.completed(Map.of("wa", Set.of("profil"))));
    }

    private static List<String> problems(String yaml) {
        try (CourseFixture course = CourseFixture.create().file("content/checklists/contoh.yaml", yaml)) {
            List<Problem> found = new ChecklistReader().read(course.root()).problems();
            return found.stream().map(p -> p.path() + ":" + p.line() + ": "
                    + MESSAGES.get(Lang.ID, p.key(), p.args().toArray())).toList();
        }
    }

    @Test
    void a_checklist_file_is_read_with_its_steps_in_both_languages() {
        try (CourseFixture course = CourseFixture.create().file("content/checklists/contoh.yaml", """
                title: {id: Contoh, en: Example}
                description: Satu kalimat.
                steps:
                  - id: satu
                    title: {id: Langkah satu, en: Step one}
                    text: {id: Caranya., en: How.}
                  - id: dua
                    title: Langkah dua
                """)) {
            ContentReaderResult r = new ContentReaderResult(new ChecklistReader().read(course.root()));
            assertEquals(List.of(), r.read.problems());
            Checklist c = r.read.content().checklist("contoh").orElseThrow();
            assertEquals("Example", c.title().in(Lang.EN));
            assertEquals(List.of("satu", "dua"), c.steps().stream().map(Checklist.Step::id).toList());
            assertEquals("How.", c.steps().get(0).text().in(Lang.EN));
            assertEquals("", c.steps().get(1).text().in(Lang.ID));
        }
    }

    private record ContentReaderResult(id.serambi.content.ContentReader.Read<Checklists> read) {
    }

    @Test
    void problems_name_the_file_and_line() {
        assertEquals(List.of(
                "content/checklists/contoh.yaml:1: 'description' wajib diisi",
                "content/checklists/contoh.yaml:2: 'steps' wajib berisi daftar langkah, masing-masing dengan id dan title"),
                problems("title: Contoh\nsteps: []\n"));
        assertEquals(List.of(
                "content/checklists/contoh.yaml:6: id langkah 'satu' sudah dipakai langkah lain di file ini",
                "content/checklists/contoh.yaml:8: kunci 'link' tidak dikenal; yang boleh: id, text, title"),
                problems("""
                        title: Contoh
                        description: Satu.
                        steps:
                          - id: satu
                            title: Satu
                          - id: satu
                            title: Dua lagi
                            link: https://contoh.org
                        """).stream().sorted().toList());
    }

    @Test
    void the_bundled_checklist_loads_and_is_an_item_of_module_one() {
        Checklists bundled = new ChecklistReader().read(ContentRoot.bundled()).content();
        Checklist wa = bundled.checklist("siapkan-whatsapp-business").orElseThrow();
        assertEquals(8, wa.steps().size());
        assertTrue(wa.steps().stream().allMatch(s -> s.title().en().isPresent() && s.text().en().isPresent()),
                "every step in Indonesian and English");
    }
}
