package id.serambi.chat.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatInputTest {

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "menu      | menu",
            "' MENU. ' | menu",
            "Menu!     | menu",
            "Menu?!... | menu",
            "'\u00A0Menu\u00A0' | menu",
            "Menu utama. | menu utama",
            "'1.'      | 1",
            "'(1)'     | (1",
    })
    void trigger_text_loses_case_surrounding_spaces_and_trailing_punctuation(String typed, String normalized) {
        assertEquals(normalized, ChatInput.normalize(typed));
    }

    @ParameterizedTest(name = "''{0}'' is option {1}")
    @CsvSource(delimiter = '|', value = {
            "1 | 1", "1. | 1", "' 1 ' | 1", "10 | 10", "satu | 1", "Dua | 2", "tiga | 3", "empat | 4",
            "lima | 5", "enam | 6", "tujuh | 7", "delapan | 8", "sembilan | 9", "sepuluh | 10",
            "0 | 0", "nol | 0", "kembali | 0",
            "x | -1", "1a | -1", "'' | -1", "1000 | -1", "satu dua | -1",
    })
    void options_are_digits_or_indonesian_number_words(String typed, int number) {
        assertEquals(number, ChatInput.number(ChatInput.normalize(typed)));
    }
}
