package id.serambi.chat;

import id.serambi.course.ContentCheck;
import id.serambi.course.Problem;

import java.nio.file.Path;
import java.util.List;

/** Every menu in {@code content/menus/}: its structure and the WhatsApp checks. */
public final class MenuFilesCheck implements ContentCheck {
    private final MenuLoader loader = new MenuLoader();

    @Override
    public List<Problem> check(Path root) {
        return loader.loadAll(root).values().stream().flatMap(r -> r.problems().stream()).toList();
    }
}
