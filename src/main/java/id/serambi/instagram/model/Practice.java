package id.serambi.instagram.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The citizens' comments and direct messages a practice adds to a plan, so that the plan has
 * something to answer: each seed lands on the n-th scheduled feed post, some hours after it goes
 * out. A post that does not exist yet gets no comment.
 */
public record Practice(List<Seed> seeds) {

    /** One comment or message: on the {@code post}-th feed post (from 1), {@code hours} after it. */
    public record Seed(String id, int post, Comment.Channel channel, String from, String text, int hours) {
    }

    public Practice {
        seeds = List.copyOf(seeds);
    }

    /** What every plan without a task of its own practises on: a question in the comments, and a DM. */
    public static Practice standard() {
        return new Practice(List.of(
                new Seed("k1", 1, Comment.Channel.KOMENTAR, "warga.madatte",
                        "Kalau mau urus surat keterangan domisili, syaratnya apa saja ya?", 3),
                new Seed("dm1", 2, Comment.Channel.DM, "ibu.rahma",
                        "Selamat siang, apakah kantor kelurahan buka hari Sabtu?", 20)));
    }

    /** The comments on {@code plan}, each with the reply the plan gives it. */
    public List<Comment> comments(Plan plan) {
        List<Post> feed = plan.byTime().stream().filter(p -> !p.story() && p.when().isPresent()).toList();
        List<Comment> out = new ArrayList<>();
        for (Seed s : seeds) {
            if (s.post() < 1 || s.post() > feed.size()) {
                continue;
            }
            Post on = feed.get(s.post() - 1);
            LocalDateTime at = on.when().orElseThrow().plusHours(s.hours());
            out.add(new Comment(s.id(), on.id(), s.channel(), s.from(), s.text(), at,
                    Optional.ofNullable(plan.replies().get(s.id()))));
        }
        return out;
    }
}
