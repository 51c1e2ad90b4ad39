package id.serambi.course;

import id.serambi.content.Text;

import java.util.Optional;

/**
 * An entry of a module, in the order the manifest lists it. Every kind but the free simulator is
 * something a learner completes, and counts toward the module's progress ({@link Progress}).
 */
public sealed interface Item permits Lesson, Item.Simulator, Item.Task, Item.Quiz, Item.Inbox, Item.Planner,
        Item.Design, Item.Checklist {

    Text title();

    String url();

    /** The item's kind as the manifest writes it: lesson, simulator, task, quiz, inbox, planner, design, checklist. */
    String kind();

    /**
     * The id under which the item's kind records it as done ({@code menu/task} for a practice task,
     * the lesson's key for a lesson); empty for an item nobody completes, which does not count.
     */
    Optional<String> completionId();

    /** A practice session in the WhatsApp simulator, on the menu {@code content/menus/<menuId>.yaml}. */
    record Simulator(String menuId, Text title) implements Item {
        @Override
        public String url() {
            return "/simulator/" + menuId;
        }

        @Override
        public String kind() {
            return "simulator";
        }

        /** Free practice: there is nothing to finish. */
        @Override
        public Optional<String> completionId() {
            return Optional.empty();
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

        @Override
        public String kind() {
            return "task";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(key());
        }
    }

    /** A quiz or questionnaire from {@code quizzes/<quizId>.yaml}. */
    record Quiz(String quizId, Text title) implements Item {
        @Override
        public String url() {
            return "/kuis/" + quizId;
        }

        @Override
        public String kind() {
            return "quiz";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(quizId);
        }
    }

    /** A scam-and-hoax inbox to judge, {@code content/inbox/<id>.yaml}; done when every message is judged. */
    record Inbox(String id, Text title) implements Item {
        @Override
        public String url() {
            return "/kotak-masuk/" + id;
        }

        @Override
        public String kind() {
            return "inbox";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(id);
        }
    }

    /** A task of the Instagram content planner, {@code content/instagram/<taskId>.yaml}; done when passed. */
    record Planner(String taskId, Text title) implements Item {
        @Override
        public String url() {
            return "/instagram/tugas/" + taskId;
        }

        @Override
        public String kind() {
            return "planner";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(taskId);
        }
    }

    /** A design-to-order task for the menu designer, {@code content/design-tasks/<taskId>.yaml}; done when a design passes. */
    record Design(String taskId, Text title) implements Item {
        @Override
        public String url() {
            return "/tugas-desain/" + taskId;
        }

        @Override
        public String kind() {
            return "design";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(taskId);
        }
    }

    /** A checklist of steps to tick, {@code content/checklists/<id>.yaml}; done when every step is ticked. */
    record Checklist(String id, Text title) implements Item {
        @Override
        public String url() {
            return "/daftar-periksa/" + id;
        }

        @Override
        public String kind() {
            return "checklist";
        }

        @Override
        public Optional<String> completionId() {
            return Optional.of(id);
        }
    }
}
