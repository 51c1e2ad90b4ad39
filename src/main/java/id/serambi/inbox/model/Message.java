package id.serambi.inbox.model;

import id.serambi.content.Text;

import java.util.List;
import java.util.Optional;

/**
 * One incoming WhatsApp message to judge.
 *
 * @param time        the time the chat shows, e.g. {@code 08.15}
 * @param forwarded   the "Diteruskan" label WhatsApp shows, if any
 * @param text        the message in WhatsApp formatting
 * @param explanation why the verdict is right, shown after judging
 * @param marks       the spans the learner may tap, signs and decoys, in the order they appear
 */
public record Message(String id, Sender sender, String time, Forwarded forwarded, String text,
                      Optional<Attachment> link, Optional<Attachment> file, Verdict verdict, Text explanation,
                      List<Mark> marks) {

    public Message {
        marks = List.copyOf(marks);
    }

    /** WhatsApp's label: none, "Diteruskan", or "Diteruskan berkali-kali". */
    public enum Forwarded {
        NO, ONCE, MANY
    }

    public List<Mark> signs() {
        return marks.stream().filter(Mark::sign).toList();
    }

    public List<Mark> decoys() {
        return marks.stream().filter(m -> !m.sign()).toList();
    }

    public Optional<Mark> mark(String markId) {
        return marks.stream().filter(m -> m.id().equals(markId)).findFirst();
    }

    /** The marks in one place, in the order they appear there. */
    public List<Mark> in(Place place) {
        return marks.stream().filter(m -> m.place() == place)
                .sorted(java.util.Comparator.comparingInt(Mark::start)).toList();
    }
}
