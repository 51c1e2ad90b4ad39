package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.Optional;

/**
 * One option of a choice question. {@code weight} is the fraction of the question's points it
 * earns, from -1 to 1 (Moodle's percentages divided by 100): 1 for the right answer of a single
 * choice, parts summing to 1 for a multiple choice, negative for a penalty, 0 in questionnaires.
 */
public record Choice(String id, Text text, double weight, Optional<Text> feedback) {
}
