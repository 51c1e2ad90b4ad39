package id.serambi.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LangTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | ID",
            "'' | ID",
            "id-ID,id;q=0.9 | ID",
            "en-US,en;q=0.9 | EN",
            "en-GB,id;q=0.8 | EN",
            "id;q=0.5,en;q=0.9 | EN",
            "fr-FR,en;q=0.5,id;q=0.4 | EN",
            "fr-FR,de | ID",
            "in | ID",
            "en;q=0,id;q=0.1 | ID",
            "*;q=0.1 | ID",
            ";;;=== | ID",
            "en;q=abc | ID",
    })
    void the_first_guess_comes_from_accept_language(String header, Lang expected) {
        assertEquals(expected, Lang.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @CsvSource({"id,ID", "EN,EN", " en ,EN", "in,ID"})
    void known_codes_are_accepted(String code, Lang expected) {
        assertEquals(expected, Lang.fromCode(code).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"fr", "''", "english", "id-ID"})
    void unknown_codes_are_not(String code) {
        assertEquals(java.util.Optional.empty(), Lang.fromCode(code));
    }
}
