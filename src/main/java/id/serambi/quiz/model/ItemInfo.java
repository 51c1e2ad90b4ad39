package id.serambi.quiz.model;

import java.util.List;
import java.util.Optional;

/**
 * What a file says about a question beyond what it asks and how it is marked.
 *
 * @param objective the lesson objective it assesses, as {@code <lesson-id>#<n>} with n counted from 1
 * @param keepOrder whether its options keep their written order when the quiz shuffles options
 * @param tags      Moodle tags ({@code // [tag:x]} in GIFT), kept for the export
 * @param idNumber  Moodle's id number ({@code // [id:x]} in GIFT), kept for the export
 */
public record ItemInfo(Optional<String> objective, boolean keepOrder, List<String> tags, Optional<String> idNumber) {
    public static final ItemInfo NONE = new ItemInfo(Optional.empty(), false, List.of(), Optional.empty());

    public ItemInfo {
        tags = List.copyOf(tags);
    }
}
