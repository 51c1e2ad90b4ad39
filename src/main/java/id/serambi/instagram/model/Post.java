package id.serambi.instagram.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One planned post. A date or a time may still be missing while the plan is a draft (the checks
 * say so); {@code repost} marks a citizen's post shared again, {@code credit} the account it came
 * from. Hashtags and mentions are kept without their {@code #} and {@code @}.
 */
public record Post(String id, Kind kind, Placement placement, Optional<LocalDate> date, Optional<LocalTime> time,
                   String caption, List<String> hashtags, List<String> mentions, Optional<String> image,
                   boolean repost, String credit) {

    public Post {
        caption = caption == null ? "" : caption.replace("\r\n", "\n").strip();
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        credit = Handles.bare(credit == null ? "" : credit);
    }

    /** When it goes out, once both its date and its time are set. */
    public Optional<LocalDateTime> when() {
        return date.isPresent() && time.isPresent() ? Optional.of(date.get().atTime(time.get())) : Optional.empty();
    }

    /** The caption's first line, as the feed shows it before "more". */
    public String firstLine() {
        int end = caption.indexOf('\n');
        return (end < 0 ? caption : caption.substring(0, end)).strip();
    }

    /** The text Instagram receives: the caption, then the hashtags on a line of their own. */
    public String publishedCaption() {
        if (hashtags.isEmpty()) {
            return caption;
        }
        String tags = String.join(" ", hashtags.stream().map(h -> "#" + h).toList());
        return caption.isEmpty() ? tags : caption + "\n\n" + tags;
    }

    public boolean story() {
        return placement == Placement.STORY;
    }

    public Post withImage(String ref) {
        return new Post(id, kind, placement, date, time, caption, hashtags, mentions, Optional.of(ref), repost, credit);
    }
}
