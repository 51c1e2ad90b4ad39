package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The designer's edits as plain functions on a menu. */
class DesignEditsTest {
    private static final Menu MADATTE = MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow();

    private static List<String> labels(Menu menu) {
        return menu.root().options().stream().map(MenuNode::label).toList();
    }

    @Test
    void options_are_added_moved_and_deleted() {
        Menu untasked = DesignTree.withTasks(MADATTE, List.of());
        Menu added = DesignTree.add(untasked, List.of(), "service", "Pilihan baru", "Teks").menu().orElseThrow();
        assertEquals("Pilihan baru", labels(added).get(3));
        MenuNode.Reply reply = (MenuNode.Reply) added.node(List.of(4)).orElseThrow();
        assertEquals(6, reply.service().orElseThrow().missing().size());
        Menu moved = DesignTree.move(added, List.of(4), -1).menu().orElseThrow();
        assertEquals("Pilihan baru", labels(moved).get(2));
        assertTrue(DesignTree.move(moved, List.of(1), -1).menu().isEmpty(), "the first cannot go up");
        Menu deleted = DesignTree.delete(moved, List.of(1)).menu().orElseThrow();
        assertEquals(List.of("Pelayanan administrasi", "Pilihan baru", "Akun sosial media kelurahan"), labels(deleted));
        Menu sub = DesignTree.add(MADATTE, List.of(), "submenu", "Layanan", "Pilih:").menu().orElseThrow();
        assertTrue(sub.node(List.of(4, 1)).isPresent(), "a new sub-menu has one option to start with");
    }

    @Test
    void unreadable_fields_are_named_and_the_menu_is_not_changed() {
        Map<String, String> in = new HashMap<>(Map.of("title", "Menu", "name", "", "phone", "6281234567890",
                "hours-senin", "pagi saja"));
        DesignEdit edit = DesignEdits.profile(MADATTE, in);
        assertEquals(Optional.empty(), edit.menu());
        assertEquals(Map.of("name", DesignForm.REQUIRED, "hours-senin", "designer.error.hours"), edit.errors());

        DesignEdit away = DesignEdits.away(MADATTE, Map.of("schedule", "custom", "text", "Libur",
                "from", "2026-12-25T08:00", "to", "2026-12-24T08:00"));
        assertEquals(Map.of("to", "designer.error.order"), away.errors());
    }

    @Test
    void a_node_keeps_its_kind_and_options_when_its_fields_change() {
        Menu edited = DesignNodes.node(MADATTE, List.of(), Map.of("shortcut", "/menu", "text", "Pilih:"))
                .menu().orElseThrow();
        assertEquals("menu", edited.root().shortcut());
        assertEquals(3, edited.root().options().size());
        assertEquals(Optional.of(List.of(2, 1)), DesignTree.path("2.1"));
        assertEquals(Optional.empty(), DesignTree.path("2.x"));
    }
}
