package id.serambi.chat.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The away message by its schedule, in the menu's own time zone; office hours Monday to Friday 08.00-16.00. */
class AwayScheduleTest {

    @Test
    void outside_business_hours_starts_at_closing_time_and_ends_at_opening_time() {
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-22 15:59 | W Halo | GREETING |
                +1m              | W Halo | AWAY     |
                """);
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-23 07:59 | W Halo | GREETING, AWAY |
                +1m              | W Halo | -              |
                """);
    }

    @Test
    void the_away_message_is_sent_once_per_closed_stretch() {
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-22 17:00 | W Halo         | GREETING, AWAY |
                +1h              | W Masih tutup? | -     |
                2021-02-23 07:59 | W Pagi         | -     |
                2021-02-23 08:00 | W Sudah buka   | -     |
                2021-02-23 16:30 | W Sore         | AWAY  |
                2021-02-26 16:01 | W Jumat sore   | AWAY  |
                2021-02-27 10:00 | W Sabtu        | -     |
                2021-03-01 07:00 | W Senin pagi   | -     |
                2021-03-01 16:00 | W Senin sore   | AWAY  |
                """);
    }

    @Test
    void hours_are_read_in_the_menus_time_zone_not_the_servers() {
        Menu wita = madatteMenu();
        Instant mondayHalfPastEightWita = Instant.parse("2021-02-22T00:30:00Z");
        assertFalse(new ChatEngine(wita).isAway(mondayHalfPastEightWita));
        Menu wib = new Menu(wita.id(), wita.title(), wita.profile(), ZoneId.of("Asia/Jakarta"), wita.greeting(),
                wita.away(), wita.fallback(), wita.footer(), wita.triggers(), wita.prefill(), wita.root(), wita.tasks());
        assertTrue(new ChatEngine(wib).isAway(mondayHalfPastEightWita), "07.30 in Jakarta: not open yet");
    }

    @Test
    void a_custom_schedule_applies_from_its_start_until_its_end() {
        Menu menu = madatte().away(new Away.Custom(LocalDateTime.parse("2021-03-01T00:00"),
                LocalDateTime.parse("2021-03-03T00:00"))).build();
        Transcript.play(menu, Mode.APP, """
                2021-02-28 23:59 | W Halo | GREETING |
                +1m              | W Halo | AWAY     |
                2021-03-02 23:00 | W Halo | -        |
                2021-03-03 00:00 | W Halo | -        |
                """);
    }

    @Test
    void an_always_away_message_comes_once_per_conversation() {
        Menu menu = madatte().away(new Away.Always()).build();
        Transcript.play(menu, Mode.APP, """
                2021-02-22 09:00 | W Halo  | GREETING, AWAY |
                +1h              | W Halo  | -              |
                +14d             | W Halo  | GREETING, AWAY |
                """);
    }

    @Test
    void without_an_away_message_nothing_is_sent_at_night() {
        Menu menu = madatte().noAway().build();
        Transcript.play(menu, Mode.API, """
                2021-02-22 23:00 | W Menu | GREETING, MENU menu |
                """);
        assertFalse(new ChatEngine(menu).isAway(Instant.parse("2021-02-22T15:00:00Z")));
    }

    @Test
    void last_close_finds_the_start_of_the_weekend() {
        WeekHours hours = MenuFixtures.officeHours();
        assertEquals(LocalDateTime.parse("2021-02-26T16:00"), hours.lastClose(LocalDateTime.parse("2021-02-28T12:00"))
                .orElseThrow());
        assertEquals(LocalDateTime.parse("2021-02-22T16:00"), hours.lastClose(LocalDateTime.parse("2021-02-22T16:00"))
                .orElseThrow());
        assertTrue(WeekHours.NONE.lastClose(LocalDateTime.parse("2021-02-22T16:00")).isEmpty());
    }
}
