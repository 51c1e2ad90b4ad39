package id.serambi.inbox.model;

import id.serambi.content.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores worked out by hand: verdict 1 point, signs max(0, found - wrong) / signs. */
class ScoringTest {

    /** A message of {@code verdict} with {@code signs} signs s1.. and {@code decoys} decoys d1... */
    static Message message(Verdict verdict, int signs, int decoys) {
        List<Mark> marks = new ArrayList<>();
        String text = "x".repeat(10 * (signs + decoys) + 1);
        for (int i = 1; i <= signs; i++) {
            marks.add(new Mark("s" + i, Place.TEXT, "x", 10 * i, true, Text.of("a", "a"), Optional.empty()));
        }
        for (int i = 1; i <= decoys; i++) {
            marks.add(new Mark("d" + i, Place.TEXT, "x", 10 * (signs + i), false, Text.of("b", "b"),
                    Optional.empty()));
        }
        return new Message("m", new Sender(Optional.empty(), "+62 1", Optional.empty(), Sender.Picture.NONE, false),
                "08.00", Message.Forwarded.NO, text, Optional.empty(), Optional.empty(), verdict, Text.of("c", "c"),
                marks);
    }

    private static Scoring.Result score(Message m, Verdict v, String... tapped) {
        return Scoring.score(m, new Judgement(v, Set.of(tapped)));
    }

    @Test
    void right_verdict_and_every_sign_is_two_points() {
        Scoring.Result r = score(message(Verdict.PENIPUAN, 3, 1), Verdict.PENIPUAN, "s1", "s2", "s3");
        assertTrue(r.verdictRight());
        assertEquals(2.0, r.points(), 1e-9);
        assertEquals(List.of(), r.missed());
    }

    @Test
    void two_signs_of_four_with_a_right_verdict_is_one_and_a_half() {
        Scoring.Result r = score(message(Verdict.HOAKS, 4, 1), Verdict.HOAKS, "s1", "s3");
        assertEquals(0.5, r.signPoints(), 1e-9);
        assertEquals(1.5, r.points(), 1e-9);
        assertEquals(List.of("s2", "s4"), r.missed().stream().map(Mark::id).toList());
    }

    @Test
    void a_decoy_tapped_takes_back_one_sign() {
        // 3 signs, 2 found, 1 decoy tapped: (2 - 1) / 3
        Scoring.Result r = score(message(Verdict.PHISHING, 3, 2), Verdict.PENIPUAN, "s1", "s2", "d1");
        assertFalse(r.verdictRight());
        assertEquals(1.0 / 3, r.signPoints(), 1e-9);
        assertEquals(List.of("d1"), r.wrong().stream().map(Mark::id).toList());
    }

    @Test
    void the_sign_part_is_never_below_zero() {
        // 2 signs, none found, 2 decoys tapped: max(0, 0 - 2) / 2 = 0
        Scoring.Result r = score(message(Verdict.PENIPUAN, 2, 2), Verdict.PENIPUAN, "d1", "d2");
        assertEquals(0.0, r.signPoints(), 1e-9);
        assertEquals(1.0, r.points(), 1e-9);
    }

    @Test
    void a_safe_message_scores_the_decoys_left_alone() {
        Message safe = message(Verdict.AMAN, 0, 3);
        assertEquals(2.0, score(safe, Verdict.AMAN).points(), 1e-9);
        // one of three decoys tapped: (3 - 1) / 3
        assertEquals(2.0 / 3, score(safe, Verdict.AMAN, "d2").signPoints(), 1e-9);
        // judged a fraud, nothing tapped: the sign point stays, the verdict point is lost
        assertEquals(1.0, score(safe, Verdict.PENIPUAN).points(), 1e-9);
    }

    @Test
    void a_message_with_nothing_to_tap_gives_its_sign_point() {
        assertEquals(1.0, score(message(Verdict.AMAN, 0, 0), Verdict.HOAKS).points(), 1e-9);
    }

    @Test
    void unknown_taps_are_named() {
        assertEquals(Set.of("zz"), Scoring.unknown(message(Verdict.HOAKS, 1, 1), Set.of("s1", "zz", "d1")));
    }
}
