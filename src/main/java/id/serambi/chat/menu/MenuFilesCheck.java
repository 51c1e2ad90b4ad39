package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every menu in {@code content/menus/}: its structure and the WhatsApp checks. The menus it read
 * are handed back ready to serve, so start-up reads each file once.
 */
public final class MenuFilesCheck implements ContentReader<MenuCatalog> {
    private final MenuLoader loader = new MenuLoader();

    @Override
    public Read<MenuCatalog> read(Path root) {
        Collection<MenuLoader.Result> results = loader.loadAll(root).values();
        List<Problem> problems = results.stream().flatMap(r -> r.problems().stream()).toList();
        List<Menu> menus = results.stream().map(MenuLoader.Result::menu).flatMap(Optional::stream).toList();
        return new Read<>(new MenuCatalog(menus), problems);
    }
}
