package id.serambi.quiz.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "15|lima belas",
            "15|Limabelas",
            "15|fifteen",
            "15 kriteria|lima belas kriteria",
            "15*|Lima Belas Kriteria LAN",
            "*lima belas*|ada 15 kriteria",
            "250|dua ratus lima puluh",
            "21|twenty-one",
            "21|twenty one",
            "105|one hundred and five",
            "1000|seribu",
            "12|dua belas",
            "120|seratus dua puluh",
            "2500|dua ribu lima ratus",
            "jam pelayanan|  Jam PELAYANAN ",
    })
    void numbers_in_words_match_their_digits_and_case_and_spacing_do_not_count(String pattern, String answer) {
        assertTrue(AnswerText.matches(pattern, answer), pattern + " should accept " + answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "15|lima",
            "15|lima belas satu",
            "23|dua tiga",
            "jam pelayanan|jam",
            "and|dan",
    })
    void other_words_and_other_numbers_do_not_match(String pattern, String answer) {
        assertFalse(AnswerText.matches(pattern, answer), pattern + " should refuse " + answer);
    }

    @Test
    void words_that_are_not_numbers_stay_as_they_are() {
        assertEquals("rock and roll", NumberWords.digits("rock and roll"));
        assertEquals("and 5", NumberWords.digits("and five"));
        assertEquals("satu-satunya", NumberWords.digits("satu-satunya"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3,5|3.5",
            "3.5|3.5",
            ",5|0.5",
            "-2|-2",
            "\u22122,5|-2.5",
            "1.000|1000",
            "1.500|1500",
            "2.000.000|2000000",
            "1.000,5|1000.5",
            "1,500.25|1500.25",
            "1 500|1500",
            "0.500|0.5",
            "1,5e3|1500",
            "2.5E-2|0.025",
            "1,5 x 10^3|1500",
            "1,5 × 10^-3|0.0015",
            "lima belas|15",
            "seribu|1000",
    })
    void numbers_are_read_as_indonesians_and_others_write_them(String typed, double value) {
        OptionalDouble n = AnswerText.number(typed);
        assertTrue(n.isPresent(), typed);
        assertEquals(value, n.getAsDouble(), 1e-12, typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "1.2.3", "1,2,3", "12.34.567", "1e", "0x10", "5f", "1e99999", "lima apel"})
    void what_is_not_a_number_is_refused(String typed) {
        assertTrue(AnswerText.number(typed).isEmpty(), typed);
    }
}
