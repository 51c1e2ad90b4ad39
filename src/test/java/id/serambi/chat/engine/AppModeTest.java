package id.serambi.chat.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The free WhatsApp Business app: only the greeting and the away message are automatic. */
class AppModeTest {

    @Test
    void only_the_greeting_and_away_message_answer_by_themselves() {
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-22 09:00 | W Menu       | GREETING |
                +1m              | W 1          | -        |
                +1m              | W apa kabar  | -        |
                +10h             | W halo       | AWAY     |
                """);
    }

    @Test
    void staff_send_quick_replies_with_a_slash_and_the_shortcut() {
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-22 09:00 | W Menu           | GREETING |
                +1m              | S /menu          | QUICK_REPLY menu | ~1. Alamat kelurahan
                +1m              | W 1              | -        |
                +1m              | S /alamat        | QUICK_REPLY 1 | ~Jalan Mr. Muh. Yamin
                +1m              | S " /ALAMAT "    | QUICK_REPLY 1 |
                +1m              | S /tidak-ada     | refused UNKNOWN_SHORTCUT |
                +1m              | S Terima kasih, Bu. | OPERATOR |
                """);
    }

    @Test
    void greeting_returns_after_14_days_of_silence_and_staff_messages_count_as_activity() {
        Transcript.play(madatteMenu(), Mode.APP, """
                2021-02-22 09:00 | W Halo            | GREETING |
                +10d             | S Ada kabar baru  | OPERATOR |
                +11d             | W Terima kasih    | -        |
                +14d             | W Halo lagi       | GREETING |
                """);
    }

    @Test
    void the_quick_reply_list_holds_the_menu_and_every_option_with_the_text_a_bot_would_send() {
        ChatEngine engine = new ChatEngine(ApiModeTest.nestedMenu());
        assertEquals(List.of("menu", "alamat", "surat", "sk-domisili", "sk-usaha", "petugas"),
                engine.quickReplies().stream().map(QuickReply::shortcut).toList());
        QuickReply domisili = engine.quickReply("/sk-domisili").orElseThrow();
        assertEquals(List.of(2, 1), domisili.node());
        assertEquals("Domisili", domisili.label());
        assertTrue(domisili.text().contains("*Biaya*\nGratis"));
        assertTrue(domisili.text().endsWith("Ketik *0* untuk kembali, atau *Menu* untuk menu utama."));
        assertEquals("Menu", engine.quickReply("menu").orElseThrow().label());
    }

    @Test
    void switching_to_api_mode_mid_chat_lets_the_bot_take_over() {
        Conversation chat = new Conversation(new ChatEngine(madatteMenu()), Mode.APP);
        java.time.Instant t = java.time.Instant.parse("2021-02-22T01:00:00Z");
        assertEquals("GREETING", Transcript.describe(chat.send("Menu", t)));
        chat.mode(Mode.API);
        assertEquals("MENU menu", Transcript.describe(chat.send("Menu", t.plusSeconds(60))));
    }
}
