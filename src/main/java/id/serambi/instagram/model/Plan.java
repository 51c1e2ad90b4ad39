package id.serambi.instagram.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month of posts for one office's account: its profile, the weeks it covers from {@code start},
 * the posts, and the replies written to the practice's comments (by comment id).
 */
public record Plan(String title, Profile profile, LocalDate start, int weeks, List<Post> posts,
                   Map<String, Comment.Reply> replies) {
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 6;
    /** Enough for a month of daily posts and Stories; more would make the pages long. */
    public static final int MAX_POSTS = 60;

    public Plan {
        posts = List.copyOf(posts);
        replies = Map.copyOf(replies);
    }

    /** The last day the plan covers. */
    public LocalDate end() {
        return start.plusDays(7L * weeks - 1);
    }

    public Optional<Post> post(String id) {
        return posts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The posts by their time: dated ones first, in order, then the undated ones as written. */
    public List<Post> byTime() {
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing((Post p) -> p.date().isEmpty())
                .thenComparing(p -> p.date().orElse(LocalDate.MAX))
                .thenComparing(p -> p.time().orElse(java.time.LocalTime.MAX)));
        return sorted;
    }

    public Plan withPosts(List<Post> newPosts) {
        return new Plan(title, profile, start, weeks, newPosts, replies);
    }

    public Plan withProfile(String newTitle, Profile newProfile, LocalDate newStart, int newWeeks) {
        return new Plan(newTitle, newProfile, newStart, newWeeks, posts, replies);
    }

    public Plan withReplies(Map<String, Comment.Reply> newReplies) {
        return new Plan(title, profile, start, weeks, posts, newReplies);
    }

    /** A new plan: Madatte's profile, four weeks from {@code start}, no posts yet. */
    public static Plan blank(String title, LocalDate start) {
        return new Plan(title, Profile.madatte(), start, 4, List.of(), Map.of());
    }
}
