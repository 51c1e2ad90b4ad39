package id.serambi.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A check of content files that another feature owns (WhatsApp menus, quizzes), run with the
 * course so that {@code validate} and start-up report every problem in one list.
 */
@FunctionalInterface
public interface ContentCheck {
    List<Problem> check(Path root);
}
