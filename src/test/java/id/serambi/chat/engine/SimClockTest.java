package id.serambi.chat.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The simulator's clock buttons, read in the office's zone (WITA) with Monday-to-Friday hours. */
class SimClockTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-02-22T09:00 | jam     | 2021-02-22T10:00
            2021-02-22T23:30 | jam     | 2021-02-23T00:30
            2021-02-22T09:00 | besok   | 2021-02-23T08:00
            2021-02-22T01:00 | besok   | 2021-02-23T08:00
            2021-02-26T15:00 | besok   | 2021-02-27T08:00
            2021-02-22T09:00 | 14-hari | 2021-03-08T09:00
            2021-02-22T09:00 | tutup   | 2021-02-22T16:00
            2021-02-22T07:00 | tutup   | 2021-02-22T16:00
            2021-02-22T16:00 | tutup   | 2021-02-23T16:00
            2021-02-22T17:00 | tutup   | 2021-02-23T16:00
            2021-02-26T17:00 | tutup   | 2021-03-01T16:00
            2021-02-27T10:00 | tutup   | 2021-03-01T16:00
            """)
    void each_button_moves_the_clock_forward_in_the_office_zone(LocalDateTime from, String key, LocalDateTime to) {
        Instant now = from.atZone(WITA).toInstant();
        SimClock.Jump jump = SimClock.Jump.of(key).orElseThrow();
        Instant after = SimClock.jump(jump, now, WITA, MenuFixtures.officeHours());
        assertEquals(to, LocalDateTime.ofInstant(after, WITA));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-02-22T09:00
            2021-02-27T10:00
            """)
    void an_office_without_hours_stays_where_it_is_when_asked_for_its_closing(LocalDateTime from) {
        Instant now = from.atZone(WITA).toInstant();
        assertEquals(now, SimClock.jump(SimClock.Jump.CLOSED, now, WITA, WeekHours.NONE));
    }
}
