package id.serambi.course;

import java.nio.file.Path;

/** Where the pages get the course from: a fixed catalog, or one re-read when files change. */
public interface CourseSource {

    Catalog catalog();

    /** The content root: {@code modules/}, {@code content/} and {@code quizzes/} live under it. */
    Path root();

    static CourseSource fixed(Path root, Catalog catalog) {
        return new CourseSource() {
            @Override
            public Catalog catalog() {
                return catalog;
            }

            @Override
            public Path root() {
                return root;
            }
        };
    }
}
