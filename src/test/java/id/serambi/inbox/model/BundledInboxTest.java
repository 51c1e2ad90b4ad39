package id.serambi.inbox.model;

import id.serambi.content.ContentReader;
import id.serambi.course.ContentRoot;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledInboxTest {
    private final ContentReader.Read<InboxCatalog> read = new InboxFilesCheck().read(ContentRoot.bundled());

    @Test
    void the_citizens_inbox_reads_without_problems_and_uses_every_verdict() {
        assertEquals(List.of(), read.problems());
        Inbox inbox = read.content().inbox("kotak-masuk-warga").orElseThrow();
        assertTrue(inbox.messages().size() >= 12, "at least twelve messages");
        assertEquals(EnumSet.allOf(Verdict.class),
                inbox.messages().stream().map(Message::verdict).collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class))));
        assertEquals("6282393498882", Sender.digits(inbox.office().orElseThrow().number()));
    }

    @Test
    void the_office_messages_come_from_its_published_number_and_are_safe() {
        Inbox inbox = read.content().inbox("kotak-masuk-warga").orElseThrow();
        List<Message> office = inbox.messages().stream().filter(m -> m.sender().office()).toList();
        assertEquals(Set.of("pengumuman-kantor", "surat-pdf-kantor"),
                office.stream().map(Message::id).collect(Collectors.toSet()));
        assertTrue(office.stream().allMatch(m -> m.verdict() == Verdict.AMAN));
    }
}
