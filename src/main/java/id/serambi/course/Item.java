package id.serambi.course;

import id.serambi.content.Text;

/** An entry of a module, in the order the manifest lists it. */
public sealed interface Item permits Lesson, Item.Simulator, Item.Task, Item.Quiz {

    Text title();

    String url();

    /** A practice session in the WhatsApp simulator, on the menu {@code content/menus/<menuId>.yaml}. */
    record Simulator(String menuId, Text title) implements Item {
        @Override
        public String url() {
            return "/simulator/" + menuId;
        }
    }

    /**
     * A practice task of a WhatsApp menu ({@code tasks} in {@code content/menus/<menuId>.yaml}); its
     * title is the task's prompt. The link opens the simulator at the task's start button.
     */
    record Task(String menuId, String taskId, Text title) implements Item {
        @Override
        public String url() {
            return "/simulator/" + menuId + "#latih-" + taskId;
        }

        /** How the task is named in a module manifest and in practice results: {@code menu/task}. */
        public String key() {
            return menuId + "/" + taskId;
        }
    }

    /** A quiz or questionnaire from {@code quizzes/<quizId>.yaml}. */
    record Quiz(String quizId, Text title) implements Item {
        @Override
        public String url() {
            return "/kuis/" + quizId;
        }
    }
}
