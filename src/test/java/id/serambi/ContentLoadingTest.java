package id.serambi;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The menus the content check read are the ones start-up serves. */
class ContentLoadingTest {
    private final ContentLoading loading = new ContentLoading(new Messages());

    @Test
    void the_bundled_menus_come_from_the_load_that_checked_them() {
        CatalogLoader.Result result = loading.loader().load(ContentRoot.bundled());
        MenuCatalog menus = loading.menus(result);
        assertEquals(List.of("madatte", "madatte-lengkap"),
                menus.engines().stream().map(e -> e.menu().id()).sorted().toList());
        assertEquals(result.catalog().orElseThrow().menuCount(), menus.engines().size());
        assertEquals("Kelurahan Madatte", menus.menu("madatte").orElseThrow().profile().name());
    }

    @Test
    void a_menu_file_is_served_as_it_was_when_checked() throws Exception {
        try (CourseFixture course = CourseFixture.small()) {
            Files.createDirectories(course.root().resolve("content/menus"));
            Files.copy(ContentRoot.bundled().resolve("content/menus/madatte.yaml"),
                    course.root().resolve("content/menus/kantor.yaml"));
            CatalogLoader.Result result = loading.loader().load(course.root());
            // a change after the check is not read again: start-up serves what validation saw
            Files.writeString(course.root().resolve("content/menus/kantor.yaml"), "bukan: menu\n");
            ChatEngine engine = loading.menus(result).engine("kantor").orElseThrow();
            assertEquals(MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow().title().in(Lang.ID),
                    engine.menu().title().in(Lang.ID));
        }
    }

    @Test
    void content_with_problems_has_no_menus_to_serve() {
        try (CourseFixture course = CourseFixture.small().file("content/menus/rusak.yaml", "title: [")) {
            CatalogLoader.Result result = loading.loader().load(course.root());
            assertFalse(result.ok());
            assertThrows(IllegalArgumentException.class, () -> loading.menus(result));
        }
    }
}
