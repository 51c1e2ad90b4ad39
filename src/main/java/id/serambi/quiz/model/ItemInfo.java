package id.serambi.quiz.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file says about a question beyond what it asks and how it is marked.
 *
 * @param objective  the lesson objective it assesses, as {@code <lesson-id>#<n>} with n counted from 1
 * @param keepOrder  whether its options keep their written order when the quiz shuffles options
 * @param tags       Moodle tags ({@code // [tag:x]} in GIFT), kept for the export
 * @param idNumber   Moodle's id number ({@code // [id:x]} in GIFT), kept for the export
 * @param promptHtml the prompt as the file formatted it ({@code [html]}, {@code [markdown]} or
 *                   Moodle's own format in GIFT), already reduced to a safe allow-list of tags;
 *                   the quiz pages show it in place of the prompt's plain text, which every other
 *                   page, report and export keeps using
 * @param message    a chat message the question shows above its options
 * @param image      an image the question shows above its options
 * @param choiceMessages the chat message an option shows, by option id
 */
public record ItemInfo(Optional<String> objective, boolean keepOrder, List<String> tags, Optional<String> idNumber,
                       Optional<String> promptHtml, Optional<Bubble> message, Optional<Picture> image,
                       Map<String, Bubble> choiceMessages) {
    public static final ItemInfo NONE = new ItemInfo(Optional.empty(), false, List.of(), Optional.empty());

    public ItemInfo {
        tags = List.copyOf(tags);
        choiceMessages = Map.copyOf(choiceMessages);
    }

    public ItemInfo(Optional<String> objective, boolean keepOrder, List<String> tags, Optional<String> idNumber) {
        this(objective, keepOrder, tags, idNumber, Optional.empty());
    }

    public ItemInfo(Optional<String> objective, boolean keepOrder, List<String> tags, Optional<String> idNumber,
                    Optional<String> promptHtml) {
        this(objective, keepOrder, tags, idNumber, promptHtml, Optional.empty(), Optional.empty(), Map.of());
    }

    /** Whether it says nothing more than {@link #NONE}. */
    public boolean isNone() {
        return equals(NONE);
    }
}
