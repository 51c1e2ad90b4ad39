package id.serambi.inbox.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every inbox the course's files hold, by id. */
public record InboxCatalog(List<Inbox> inboxes) {

    public InboxCatalog {
        inboxes = inboxes.stream().sorted(Comparator.comparing(Inbox::id)).toList();
    }

    public static InboxCatalog empty() {
        return new InboxCatalog(List.of());
    }

    public Optional<Inbox> inbox(String id) {
        return inboxes.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
