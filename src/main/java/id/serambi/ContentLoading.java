package id.serambi;

import id.serambi.chat.MenuCatalog;
import id.serambi.chat.MenuFilesCheck;
import id.serambi.course.CatalogLoader;
import id.serambi.i18n.Messages;

import java.util.List;

/**
 * The loader of the whole course: modules and lessons, with every other content kind checked too,
 * and the menus those checks read handed on to the simulator.
 */
public final class ContentLoading {
    private final MenuFilesCheck menus = new MenuFilesCheck();
    private final CatalogLoader loader;

    public ContentLoading(Messages messages) {
        this.loader = new CatalogLoader(messages, List.of(menus));
    }

    /** A loader of the whole course, for callers that need the course alone. */
    public static CatalogLoader loader(Messages messages) {
        return new ContentLoading(messages).loader();
    }

    public CatalogLoader loader() {
        return loader;
    }

    /** The menus read by a load of this loader that found no problems. */
    public MenuCatalog menus(CatalogLoader.Result result) {
        if (!result.ok()) {
            throw new IllegalArgumentException("content with problems: " + result.problems());
        }
        return result.content(menus).orElseThrow(() -> new IllegalArgumentException("not loaded by this loader"));
    }
}
