package id.serambi.instagram.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.instagram.model.PlanFixtures.caption;
import static id.serambi.instagram.model.PlanFixtures.good;
import static id.serambi.instagram.model.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks on plans worked out by hand: the good plan keeps every rule, and each change breaks one. */
class PlanChecksTest {
    private final PlanChecks checks = new PlanChecks(SaraWords.bundled());

    private List<Finding> found(Plan plan) {
        return checks.check(plan, Practice.standard());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    private Post post(String id) {
        return good().post(id).orElseThrow();
    }

    @Test
    void the_good_plan_keeps_every_rule() {
        assertEquals(List.of(), found(good()));
    }

    @Test
    void a_week_without_a_feed_post_is_named_with_its_dates() {
        Plan plan = good().withPosts(good().posts().stream().filter(p -> !p.id().equals("p4")
                && !p.id().equals("p5")).toList());
        List<Finding> f = found(plan).stream().filter(x -> x.rule() == Rule.WEEKLY).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of(3, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22)), f.get(0).args());
    }

    @Test
    void a_story_alone_does_not_make_a_week_regular_and_a_post_outside_the_month_is_named() {
        Post storyOnly = new Post("p3", Kind.AKTIVITAS, Placement.STORY, post("p3").date(), post("p3").time(),
                post("p3").caption(), List.of(), List.of(), post("p3").image(), false, "");
        assertEquals(List.of("ig.check.weekly.empty"), keys(found(with(good(), storyOnly)).stream()
                .filter(x -> x.rule() == Rule.WEEKLY).toList()));
        Post late = new Post("p7", Kind.PENGUMUMAN, Placement.FEED, Optional.of(LocalDate.of(2026, 3, 30)),
                post("p7").time(), post("p7").caption(), List.of(), List.of(), post("p7").image(), false, "");
        // 30 March is after the plan's last day, 29 March, and leaves its fourth week with a Story only
        assertEquals(List.of("ig.check.weekly.empty", "ig.check.weekly.outside"), keys(found(with(good(), late))));
    }

    @Test
    void a_post_without_a_time_is_not_scheduled() {
        Post p = post("p7");
        Post noTime = new Post("p7", p.kind(), p.placement(), p.date(), Optional.empty(), p.caption(), p.hashtags(),
                p.mentions(), p.image(), false, "");
        assertEquals(List.of("ig.check.schedule.missing"), keys(found(with(good(), noTime))));
    }

    @Test
    void a_post_is_designed_with_an_image_a_caption_and_a_first_line_that_says_what() {
        Post p = post("p7");
        Post noImage = new Post("p7", p.kind(), p.placement(), p.date(), p.time(), p.caption(), p.hashtags(),
                p.mentions(), Optional.empty(), false, "");
        assertEquals(List.of("ig.check.design.image"), keys(found(with(good(), noImage))));
        assertEquals(List.of("ig.check.design.caption"), keys(found(with(good(), caption(p, "")))));
        for (String opener : List.of("Halo warga Madatte!", "Selamat pagi, Sobat Madatte", "PENGUMUMAN PENTING!!",
                "#kelurahanmadatte")) {
            List<Finding> f = found(with(good(), caption(p, opener + "\nKantor tutup 31 Maret.")));
            assertEquals(List.of("ig.check.design.firstline"), keys(f), opener);
            assertEquals(opener, f.get(0).args().get(1));
        }
        assertTrue(FirstLine.saysWhat("Pengumuman: kantor tutup 31 Maret", "Kelurahan Madatte"));
        assertTrue(FirstLine.saysWhat("Selamat Hari Raya Idulfitri 1447 H", "Kelurahan Madatte"));
    }

    @Test
    void a_comment_answered_after_more_than_a_day_or_not_at_all_is_named() {
        Map<String, Comment.Reply> replies = new HashMap<>(good().replies());
        // the comment came at 2 March 12:00; 25 hours later is 3 March 13:00
        replies.put("k1", new Comment.Reply("Syaratnya KTP dan KK.", LocalDateTime.parse("2026-03-03T13:00")));
        List<Finding> late = found(good().withReplies(replies));
        assertEquals(List.of("ig.check.reply.late.comment"), keys(late));
        assertEquals(List.of("warga.madatte", new Finding.PostName("p1"), 25L), late.get(0).args());

        replies.put("k1", new Comment.Reply("Tepat sehari.", LocalDateTime.parse("2026-03-03T12:00")));
        assertEquals(List.of(), found(good().withReplies(replies)), "exactly 24 hours is within a day");

        replies.remove("dm1");
        assertEquals(List.of("ig.check.reply.missing.dm"), keys(found(good().withReplies(replies))));
        replies.put("dm1", new Comment.Reply("Terlalu cepat", LocalDateTime.parse("2026-03-06T05:00")));
        assertEquals(List.of("ig.check.reply.early.dm"), keys(found(good().withReplies(replies))));
    }

    @Test
    void a_sara_word_is_named_with_why_and_never_inside_another_word() {
        Post p = post("p3");
        List<Finding> f = found(with(good(), caption(p, p.caption() + "\nJangan percaya orang kafir.")));
        assertEquals(List.of("ig.check.sara"), keys(f));
        assertEquals("kafir", f.get(0).args().get(1));
        assertTrue(f.get(0).args().get(2).toString().contains("agama"));
        assertEquals(List.of(), found(with(good(), caption(p, p.caption() + "\nPanen di Kecinan berhasil."))));
        assertEquals(List.of("ig.check.sara"), keys(found(with(good(), caption(p, p.caption() + "\nWarga CINA hadir.")))));
    }

    @Test
    void stories_are_used_and_only_for_light_content() {
        Plan noStory = good().withPosts(good().posts().stream().filter(p -> !p.story()).toList());
        assertEquals(List.of("ig.check.story.none"), keys(found(noStory)));
        Post p = post("p6");
        Post heavy = new Post("p6", Kind.INFOGRAFIS, Placement.STORY, p.date(), p.time(), p.caption(), p.hashtags(),
                p.mentions(), p.image(), false, "");
        assertEquals(List.of("ig.check.story.heavy"), keys(found(with(good(), heavy))));
    }

    @Test
    void a_citizens_post_is_reposted_and_credits_its_account() {
        Post p = post("p4");
        Post noMention = caption(p, "Kue tradisional buatan Ibu Ani dari Madatte");
        assertEquals(List.of("ig.check.repost.mention"), keys(found(with(good(), noMention))));
        Post noCredit = new Post("p4", p.kind(), p.placement(), p.date(), p.time(), p.caption(), p.hashtags(),
                p.mentions(), p.image(), true, "");
        assertEquals(List.of("ig.check.repost.credit"), keys(found(with(good(), noCredit))));
        Post notRepost = new Post("p4", p.kind(), p.placement(), p.date(), p.time(), p.caption(), p.hashtags(),
                p.mentions(), p.image(), false, "");
        assertEquals(List.of("ig.check.repost.none"), keys(found(with(good(), notRepost))));
    }

    @Test
    void instagrams_limits_are_counted_as_instagram_counts_them() {
        Post p = post("p7");
        String body = p.caption() + "\n" + "a".repeat(2200);
        List<Finding> f = found(with(good(), caption(p, body)));
        assertEquals(List.of("ig.check.limit.caption"), keys(f));
        // the caption, a blank line, and "#kelurahanmadatte"
        assertEquals(body.length() + 2 + 17, f.get(0).args().get(1));

        assertEquals(2200, Limits.characters("😀".repeat(2200)), "an emoji is one character");
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            tags.append(" #tag").append(i);
        }
        List<Finding> t = Limits.check(caption(p, p.caption() + tags));
        assertEquals(List.of("ig.check.limit.hashtags"), keys(t), "30 in the caption and one in the hashtags");
        assertEquals(31, t.get(0).args().get(1));
        Post mentions = new Post("p7", p.kind(), p.placement(), p.date(), p.time(), p.caption() + " @a1 @a2",
                List.of(), java.util.stream.IntStream.range(0, 19).mapToObj(i -> "akun" + i).toList(), p.image(),
                false, "");
        assertEquals(List.of("ig.check.limit.mentions"), keys(Limits.check(mentions)));
    }

    @Test
    void no_nik_no_other_phone_number_and_no_link_in_a_caption() {
        Post p = post("p3");
        assertEquals(List.of("ig.check.nik"), keys(found(with(good(), caption(p, p.caption() + "\nNIK 7371010101010001")))));
        assertEquals(List.of("ig.check.nik"), keys(found(with(good(), caption(p, p.caption() + "\nKK 7371 0101 0101 0001")))));
        List<Finding> phone = found(with(good(), caption(p, p.caption() + "\nHubungi Pak RT di 0852 1111 2222.")));
        assertEquals(List.of("ig.check.phone"), keys(phone));
        assertEquals("0852 1111 2222", phone.get(0).args().get(1));
        assertEquals(List.of(), found(with(good(), caption(p, p.caption() + "\nWhatsApp kantor: +62 812 3456 7890"))),
                "the office's number, however written");
        assertEquals(List.of(), found(with(good(), caption(p, p.caption() + "\nPukul 08.00 sampai 14.00, 31 Maret 2026"))));
        List<Finding> link = found(with(good(), caption(p, p.caption() + "\nDaftar di bit.ly/daftar-madatte.")));
        assertEquals(List.of("ig.check.link"), keys(link));
        assertEquals("bit.ly/daftar-madatte", link.get(0).args().get(1));
        assertEquals(List.of(), found(with(good(), caption(p, p.caption() + "\nIkuti @kelurahan.madatte, tautan di bio."))));
    }

    @Test
    void a_reply_is_checked_for_private_data_too() {
        Map<String, Comment.Reply> replies = new HashMap<>(good().replies());
        replies.put("k1", new Comment.Reply("Hubungi saya di 0813 9999 8888", LocalDateTime.parse("2026-03-02T13:00")));
        assertEquals(List.of("ig.check.phone.reply"), keys(found(good().withReplies(replies))));
    }

    @Test
    void the_profile_needs_a_name_the_category_an_address_and_a_whatsapp_number() {
        Plan plan = good().withProfile("x", new Profile("", "Bisnis Lokal", "", "nomor", ""), PlanFixtures.START, 4);
        assertEquals(List.of("ig.check.profile.name", "ig.check.profile.category", "ig.check.profile.address",
                "ig.check.profile.whatsapp"), keys(found(plan).stream().filter(x -> x.rule() == Rule.PROFILE).toList()));
    }

    @Test
    void a_plan_written_as_yaml_reads_back_the_same() {
        Plan plan = good();
        PlanYaml.Result read = PlanYaml.read("plan.yaml", PlanYaml.write(plan));
        assertEquals(List.of(), read.problems());
        assertEquals(plan, read.plan().orElseThrow());
        Post odd = caption(post("p1"), "Baris: \"kutip\" dan <b>tag</b>\n- bukan daftar\n#tagar");
        Plan tricky = with(plan, odd);
        assertEquals(tricky, PlanYaml.read("plan.yaml", PlanYaml.write(tricky)).plan().orElseThrow());
        assertEquals(LocalTime.of(9, 0), read.plan().get().post("p1").orElseThrow().time().orElseThrow());
    }
}
