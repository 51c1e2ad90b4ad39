package id.serambi;

import id.serambi.chat.MenuFilesCheck;
import id.serambi.course.CatalogLoader;
import id.serambi.i18n.Messages;

import java.util.List;

/** The loader of the whole course: modules and lessons, with every other content kind checked too. */
public final class ContentLoading {
    private ContentLoading() {
    }

    public static CatalogLoader loader(Messages messages) {
        return new CatalogLoader(messages, List.of(new MenuFilesCheck()));
    }
}
