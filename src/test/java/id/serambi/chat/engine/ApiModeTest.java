package id.serambi.chat.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.serambi.chat.engine.MenuFixtures.fullService;
import static id.serambi.chat.engine.MenuFixtures.handoff;
import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static id.serambi.chat.engine.MenuFixtures.reply;
import static id.serambi.chat.engine.MenuFixtures.service;
import static id.serambi.chat.engine.MenuFixtures.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bot on the WhatsApp Business Platform: the keyword menu answers by itself. Monday 2021-02-22 is a workday. */
class ApiModeTest {

    /** Madatte with a sub-menu of letters and a way to a person. */
    static Menu nestedMenu() {
        return madatte().options(
                reply("Alamat kelurahan", "alamat", "Jalan Mr. Muh. Yamin"),
                sub("Surat keterangan", "surat", "Pilih surat:",
                        service("Domisili", "sk-domisili", fullService()),
                        service("Usaha", "sk-usaha", fullService())),
                handoff("Bicara dengan petugas", "petugas")).build();
    }

    @Test
    void greeting_comes_on_first_contact_and_small_talk_after_it_gets_no_fallback() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W Selamat pagi | GREETING  | ~Ketik *Menu*
                +1m              | W Menu         | MENU menu |
                """);
    }

    @Test
    void greeting_returns_after_14_days_of_silence() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W Halo        | GREETING |
                +13d23h59m       | W Halo lagi   | FALLBACK |
                +14d             | W Halo        | GREETING |
                +14d             | W Menu        | GREETING, MENU menu |
                """);
    }

    @Test
    void triggers_ignore_case_surrounding_spaces_and_trailing_punctuation() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W menu          | GREETING, MENU menu |
                +1m              | W " MENU.   "   | MENU menu |
                +1m              | W Menu!         | MENU menu |
                +1m              | W mEnU?!        | MENU menu |
                +1m              | W menu utama    | FALLBACK  |
                """);
    }

    @Test
    void options_are_accepted_as_digits_with_a_dot_or_spaces_and_as_number_words() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu     | GREETING, MENU menu |
                +1m              | W 1        | ANSWER 1 | ~Jalan Mr. Muh. Yamin
                +1m              | W 1.       | ANSWER 1 |
                +1m              | W " 1 "    | ANSWER 1 |
                +1m              | W satu     | ANSWER 1 |
                +1m              | W Dua      | ANSWER 2 |
                +1m              | W tiga!    | ANSWER 3 |
                +1m              | W 2)       | ANSWER 2 |
                """);
    }

    @Test
    void a_tapped_button_or_list_row_selects_its_option_by_title() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu                        | GREETING, MENU menu |
                +1m              | W Akun sosial media kelurahan | ANSWER 3 |
                """);
    }

    @Test
    void zero_goes_back_one_level_and_the_trigger_returns_to_the_top() {
        Transcript.play(nestedMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu  | GREETING, MENU menu |
                +1m              | W 2     | MENU 2     | ~1. Domisili
                +1m              | W 1     | ANSWER 2>1 | ~*Persyaratan*
                +1m              | W 2     | ANSWER 2>2 |
                +1m              | W 0     | MENU 2     |
                +1m              | W 0     | MENU menu  |
                +1m              | W nol   | MENU menu  |
                +1m              | W 2     | MENU 2     |
                +1m              | W 2     | ANSWER 2>2 |
                +1m              | W MENU  | MENU menu  |
                +1m              | W 1     | ANSWER 1   |
                """);
    }

    @Test
    void unknown_input_gets_the_fallback_with_a_hint_for_the_current_level() {
        Transcript.play(nestedMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu       | GREETING, MENU menu |
                +1m              | W apa kabar  | FALLBACK | ~Maaf, pesan Anda belum kami pahami.;~angka 1 sampai 3
                +1m              | W 9          | FALLBACK | ~angka 1 sampai 3
                +1m              | W 2          | MENU 2   |
                +1m              | W 5          | FALLBACK | ~angka 1 sampai 2, *0* untuk kembali
                +1m              | W 1          | ANSWER 2>1 |
                +1m              | W bagaimana? | FALLBACK | ~angka 1 sampai 2
                """);
    }

    @Test
    void a_hand_off_queues_the_chat_for_staff_and_the_bot_keeps_quiet_until_released() {
        Conversation chat = Transcript.play(nestedMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu                      | GREETING, MENU menu | queue=BOT
                +1m              | W 3                         | HANDOFF 3 | queue=WAITING
                +1m              | W 1                         | -         | queue=WAITING
                +5m              | S Selamat pagi, ada yang bisa dibantu? | OPERATOR | queue=WITH_STAFF
                +1m              | W Saya mau tanya domisili   | -         | queue=WITH_STAFF
                +1m              | S /sk-domisili              | QUICK_REPLY 2>1 | ~*Persyaratan*
                +1m              | R                           |           |
                +1m              | W 1                         | ANSWER 1  | queue=BOT
                +1m              | W 3                         | HANDOFF 3 | queue=WAITING
                +1m              | W menu                      | MENU menu | queue=BOT
                """);
        List<ChatMessage.Author> authors = chat.transcript().stream().map(ChatMessage::author).distinct().toList();
        assertEquals(List.of(ChatMessage.Author.CITIZEN, ChatMessage.Author.OFFICE, ChatMessage.Author.STAFF), authors,
                "operator messages are part of the transcript");
    }

    @Test
    void messages_over_4096_characters_are_refused_not_truncated() {
        Conversation chat = new Conversation(new ChatEngine(madatteMenu()), Mode.API);
        Instant t = Instant.parse("2021-02-22T01:00:00Z");
        Step refused = chat.send("x".repeat(4097), t);
        assertEquals(Step.Outcome.TOO_LONG, refused.outcome());
        assertEquals(List.of(), refused.messages());
        assertEquals(List.of(), chat.transcript());
        assertEquals(ChatState.NEW, chat.state(), "a refused message changes nothing");
        assertEquals(Step.Outcome.TOO_LONG, chat.staff("y".repeat(5000), t).outcome());

        Step longest = chat.send("x".repeat(4096), t);
        assertTrue(longest.sent());
        assertEquals(4096, longest.messages().get(0).text().length(), "kept whole");
        assertTrue(chat.send("\uD83D\uDE4F".repeat(4096), t).sent(), "an emoji counts as one character");
    }

    @Test
    void empty_messages_are_not_sent() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 09:00 | W "   "  | refused EMPTY |
                +1m              | W Menu   | GREETING, MENU menu |
                +1m              | S "  "   | refused EMPTY |
                """);
    }

    @Test
    void outside_office_hours_the_bot_still_answers_after_the_away_message() {
        Transcript.play(madatteMenu(), Mode.API, """
                2021-02-22 19:00 | W Menu | GREETING, AWAY, MENU menu |
                +1m              | W 1    | ANSWER 1 |
                """);
    }

    @Test
    void the_engine_reads_the_node_each_message_shows_for_a_heat_map() {
        Conversation chat = Transcript.play(nestedMenu(), Mode.API, """
                2021-02-22 09:00 | W Menu | GREETING, MENU menu |
                +1m              | W 2    | MENU 2     |
                +1m              | W 2    | ANSWER 2>2 |
                """);
        assertEquals(List.of(2, 2), chat.state().at());
        assertEquals(3, chat.citizenMessages());
    }
}
