package id.serambi.course;

import java.util.Set;
import java.util.function.Function;

/**
 * Where progress learns which items of one kind a learner has done: the kind as
 * {@link Item#kind()} names it (quiz, task, inbox, planner, design, checklist), and the ids of that
 * kind the learner with a given learner id has completed. Each feature provides its own; the app
 * wires one per kind.
 */
public record Completion(String kind, Function<String, Set<String>> done) {
}
