package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complete menu in docs/CONTENT.md passes every check, so authors can start from it. */
class MenuGuideExampleTest {
    private static final String INTRO = "`content/menus/sukamaju.yaml`, which `validate` passes:";

    @Test
    void the_guides_complete_menu_loads_without_problems() throws Exception {
        String guide = Files.readString(Path.of("docs/CONTENT.md"));
        int intro = guide.indexOf(INTRO);
        assertTrue(intro >= 0, "the guide introduces its complete menu with: " + INTRO);
        int start = guide.indexOf("```yaml\n", intro) + "```yaml\n".length();
        String yaml = guide.substring(start, guide.indexOf("\n```", start) + 1);

        MenuLoader.Result result = new MenuLoader().readYaml("sukamaju", "docs/CONTENT.md", yaml);
        assertEquals(List.of(), result.problems());
        Menu menu = result.menu().orElseThrow();
        assertEquals(3, menu.root().options().size());
        assertTrue(menu.task("syarat-domisili").isPresent());
    }
}
