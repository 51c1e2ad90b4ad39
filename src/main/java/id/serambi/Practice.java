package id.serambi;

import id.serambi.chat.designer.DesignTaskCatalog;
import id.serambi.course.Checklists;
import id.serambi.inbox.model.InboxCatalog;
import id.serambi.instagram.model.TaskCatalog;

/** The practice content a load of the course read: inboxes, checklists, design tasks and planner tasks. */
public record Practice(InboxCatalog inboxes, Checklists checklists, DesignTaskCatalog designTasks,
                       TaskCatalog plannerTasks) {
}
