package id.serambi.quiz.model;

import java.util.List;
import java.util.Map;

/** What a learner or respondent gave for one question, before it is graded. */
public sealed interface Answer {

    /** Chosen option ids (one for single choice), with the "Lainnya" text when given. */
    record Choices(List<String> ids, String other) implements Answer {
        public Choices {
            ids = List.copyOf(ids);
            other = other == null ? "" : other;
        }
    }

    record Bool(boolean value) implements Answer {
    }

    /** Typed text: a short answer, a free-text item, or a number as typed ("3,5" or "3.5"). */
    record Typed(String text) implements Answer {
    }

    /** Matching: pair id to the right-hand text chosen for it. */
    record Pairs(Map<String, String> chosen) implements Answer {
        public Pairs {
            chosen = Map.copyOf(chosen);
        }
    }

    /** Ordering: item ids in the order the learner put them. */
    record Order(List<String> ids) implements Answer {
        public Order {
            ids = List.copyOf(ids);
        }
    }

    /** A point on a Likert scale or a rating, from 1. */
    record Scale(int value) implements Answer {
    }
}
