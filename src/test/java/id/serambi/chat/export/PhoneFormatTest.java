package id.serambi.chat.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The office number as a poster prints it. */
class PhoneFormatTest {
    @ParameterizedTest
    @CsvSource({
            "6282393498882, +62 823-9349-8882",  // Madatte's number in the report, 11 digits after 62
            "6281100000000, +62 811-0000-0000",
            "628123456789, +62 812-3456-789",     // 10 digits
            "62812345678901, +62 812-3456-78901", // 12 digits
            "6221345678, +62 21 345678",          // Jakarta landline: 2-digit area code
            "62428211234, +62 428 211234",        // Polewali landline: 3-digit area code
            "082393498882, 082393498882",         // not in 62... form: left as written for the checks to report
            "62abc, 62abc"})
    void numbers_are_grouped_as_people_read_them(String digits, String readable) {
        assertEquals(readable, PhoneFormat.readable(digits));
    }
}
