package id.serambi.content;

import id.serambi.course.CatalogLoader;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@link ContentCheck} that also hands back what it read (the WhatsApp menus, say), so that
 * start-up reads each file once: the loader keeps it in its result, where whoever registered the
 * reader asks for it with {@link CatalogLoader.Result#content(ContentReader)}.
 *
 * @param <T> what the files hold, ready to serve
 */
public interface ContentReader<T> extends ContentCheck {

    /** What the files hold, with every problem found; serve {@code content} only when there are none. */
    record Read<T>(T content, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    Read<T> read(Path root);

    @Override
    default List<Problem> check(Path root) {
        return read(root).problems();
    }
}
