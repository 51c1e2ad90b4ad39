package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The designer's edits of tasks and list sections, its preview and its upload reading, as plain functions. */
class DesignerModelTest {
    private static final MenuCatalog CATALOG = MenuCatalog.load(ContentRoot.bundled());
    private static final Menu MADATTE = CATALOG.menu("madatte").orElseThrow();
    private static final Menu LENGKAP = CATALOG.menu("madatte-lengkap").orElseThrow();

    @Test
    void a_task_goal_follows_its_option_when_options_move_or_an_earlier_one_is_deleted() {
        // madatte-lengkap's task leads to 2 > 2 (surat keterangan usaha)
        assertEquals(List.of(2, 2), LENGKAP.task("syarat-sk-usaha").orElseThrow().goal());
        Menu up = DesignTree.move(LENGKAP, List.of(2), -1).menu().orElseThrow();
        assertEquals(List.of(1, 2), up.task("syarat-sk-usaha").orElseThrow().goal());
        Menu inside = DesignTree.move(LENGKAP, List.of(2, 1), 1).menu().orElseThrow();
        assertEquals(List.of(2, 1), inside.task("syarat-sk-usaha").orElseThrow().goal(), "swapped with 2 > 1");
        Menu deleted = DesignTree.delete(LENGKAP, List.of(2, 1)).menu().orElseThrow();
        assertEquals(List.of(2, 1), deleted.task("syarat-sk-usaha").orElseThrow().goal());
        Menu later = DesignTree.delete(LENGKAP, List.of(4)).menu().orElseThrow();
        assertEquals(List.of(2, 2), later.task("syarat-sk-usaha").orElseThrow().goal(), "a later option changes nothing");

        DesignEdit needed = DesignTree.delete(LENGKAP, List.of(2));
        assertEquals(Optional.empty(), needed.menu(), "the sub-menu holding the goal stays");
        assertEquals(Map.of("!task", "designer.error.delete.task"), needed.errors());
    }

    @Test
    void a_new_task_gets_an_id_from_its_prompt_and_the_fewest_messages_as_par() {
        DesignEdit edit = DesignTasks.save(MADATTE, "", Map.of("prompt", "Warga ingin tahu akun sosial média",
                "goal", "3", "par", ""));
        Task task = edit.menu().orElseThrow().tasks().get(1);
        assertEquals("warga-ingin-tahu-akun-sosial-media", task.id(), "accents dropped, words joined");
        assertEquals(2, task.par(), "Menu, then 3");
        Task again = DesignTasks.save(edit.menu().get(), "", Map.of("prompt", "Warga ingin tahu akun sosial media!",
                "goal", "3", "par", "5")).menu().orElseThrow().tasks().get(2);
        assertEquals("warga-ingin-tahu-akun-sosial-media-2", again.id());
        assertEquals(Map.of("goal", "designer.error.goal", "par", "designer.error.par"),
                DesignTasks.save(MADATTE, "", Map.of("prompt", "x", "goal", "0", "par", "101")).errors());
        assertTrue(DesignTasks.save(MADATTE, "tidak-ada", Map.of()).nodeGone());
    }

    @Test
    void list_sections_are_read_one_per_line_and_written_back_the_same_way() {
        Optional<List<Presentation.Section>> sections = DesignNodes.sections("Surat: 1, 2 3\n\n 4,5 \nWaktu: buka: 6");
        assertEquals(List.of(new Presentation.Section(Optional.of("Surat"), List.of(1, 2, 3)),
                new Presentation.Section(Optional.empty(), List.of(4, 5)),
                new Presentation.Section(Optional.of("Waktu: buka"), List.of(6))), sections.orElseThrow());
        assertEquals("Surat: 1, 2, 3\n4, 5\nWaktu: buka: 6", DesignNodes.sectionsText(sections.get()));
        assertEquals(Optional.empty(), DesignNodes.sections("Surat: satu"));
        assertEquals(Optional.empty(), DesignNodes.sections("Surat:"));
        assertEquals(Optional.of(List.of()), DesignNodes.sections(""), "empty: one section of every option");
    }

    @Test
    void the_preview_plays_the_conversation_down_to_the_option_being_edited() {
        DesignPreview.View view = DesignPreview.of(LENGKAP, new DesignPreview.Focus("pilihan", List.of(2, 2)));
        List<String> kinds = view.bubbles().stream().map(DesignPreview.Bubble::kind).toList();
        assertEquals(List.of("incoming", "greeting", "menu", "incoming", "menu", "incoming", "answer"), kinds);
        assertTrue(view.bubbles().get(6).html().contains("<strong>Surat Keterangan Usaha</strong>"));
        assertTrue(view.bubbles().get(4).interactive().list(), "sub-menu 2 is a list message");
        assertEquals("2 > 2", view.where());

        DesignPreview.View gone = DesignPreview.of(LENGKAP, new DesignPreview.Focus("pilihan", List.of(2, 99)));
        assertEquals("2", gone.where(), "stops at the last option that exists");

        DesignPreview.View away = DesignPreview.of(LENGKAP, new DesignPreview.Focus("luar-jam", List.of()));
        assertTrue(away.away());
        assertTrue(away.bubbles().stream().anyMatch(b -> b.kind().equals("away")));
        DesignPreview.View open = DesignPreview.of(LENGKAP, DesignPreview.Focus.TOP);
        assertTrue(open.bubbles().stream().noneMatch(b -> b.kind().equals("away")), "played in office hours");

        DesignPreview.View fallback = DesignPreview.of(MADATTE, new DesignPreview.Focus("pesan", List.of()));
        assertEquals("fallback", fallback.bubbles().get(fallback.bubbles().size() - 1).kind());
    }

    @Test
    void an_upload_is_refused_by_name_size_and_encoding_before_it_is_read_as_a_menu() {
        assertEquals("designer.upload.none", DesignUpload.refusal("", 0).orElseThrow().key());
        assertEquals("designer.upload.type", DesignUpload.refusal("menu.docx", 10).orElseThrow().key());
        assertEquals(List.of("m.yaml", 257L, 256), DesignUpload.refusal("m.yaml", 256 * 1024 + 1).orElseThrow().args());
        assertTrue(DesignUpload.refusal("M.YML", 256 * 1024).isEmpty(), "exactly 256 KB is fine");
        assertEquals("designer.upload.encoding", DesignUpload.read("m.yaml", new byte[]{(byte) 0xc3}).key());
        assertEquals(Optional.of("a: 1\nb: 2"),
                DesignUpload.read("m.yaml", "\uFEFFa: 1\r\nb: 2".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("designer.upload.empty", DesignUpload.read("m.yaml", " \n".getBytes(StandardCharsets.UTF_8)).key());
    }
}
