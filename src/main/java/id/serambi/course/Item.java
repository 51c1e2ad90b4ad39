package id.serambi.course;

/** An entry of a module, in the order the manifest lists it. */
public sealed interface Item permits Lesson, Item.Simulator, Item.Quiz {

    Text title();

    String url();

    /** A practice session in the WhatsApp simulator, on the menu {@code content/menus/<menuId>.yaml}. */
    record Simulator(String menuId, Text title) implements Item {
        @Override
        public String url() {
            return "/simulator/" + menuId;
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
