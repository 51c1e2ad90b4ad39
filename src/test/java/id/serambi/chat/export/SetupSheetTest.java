package id.serambi.chat.export;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.MenuFixtures;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.QuickReply;
import id.serambi.chat.engine.WeekHours;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the setup sheet tells staff to type into the WhatsApp Business app. */
class SetupSheetTest {

    @Test
    void every_node_is_a_quick_reply_the_top_menu_first_with_the_text_really_sent() {
        SetupSheet sheet = SetupSheet.of(new ChatEngine(madatteMenu()));
        assertEquals(List.of("menu", "alamat", "layanan", "instagram"),
                sheet.quickReplies().stream().map(QuickReply::shortcut).toList());
        QuickReply menu = sheet.quickReplies().get(0);
        assertEquals("Menu", menu.label());
        assertTrue(menu.text().endsWith("1. Alamat kelurahan\n2. Pelayanan administrasi\n3. Akun sosial media kelurahan"),
                menu.text());
        assertTrue(sheet.quickReplies().get(1).text().endsWith("Ketik *0* untuk kembali, atau *Menu* untuk menu utama."),
                "an answer carries the footer, as the engine sends it");
    }

    @Test
    void the_profile_fields_carry_whatsapps_limits() {
        SetupSheet sheet = SetupSheet.of(new ChatEngine(madatteMenu()));
        assertEquals(List.of("name", "address", "description", "instagram"),
                sheet.profile().stream().map(SetupSheet.Field::key).toList());
        SetupSheet.Field address = sheet.profile().get(1);
        assertEquals(MenuFixtures.ADDRESS, address.value());
        assertEquals(256, address.max());
        assertEquals(512, sheet.profile().get(2).max());
        assertEquals("https://instagram.com/kelurahan.madatte", sheet.profile().get(3).value());
        assertEquals(Optional.of("@kelurahan.madatte"), sheet.instagram());
        assertFalse(address.tooLong());
    }

    @Test
    void an_address_over_256_characters_is_marked_and_reported() {
        String longAddress = "Jalan ".repeat(43).strip();
        SetupSheet sheet = SetupSheet.of(new ChatEngine(madatte().address(longAddress).build()));
        SetupSheet.Field address = sheet.profile().get(1);
        assertTrue(address.tooLong());
        assertEquals(longAddress.length(), address.length());
        assertTrue(sheet.findings().stream().anyMatch(f -> f.key().equals("chat.check.profile.address")),
                sheet.findings().toString());
    }

    @Test
    void the_link_prefills_the_trigger_word_and_checks_the_140_character_limit() {
        SetupSheet sheet = SetupSheet.of(new ChatEngine(madatteMenu()));
        assertEquals("https://wa.me/6282393498882?text=Menu", sheet.link().url());
        assertEquals("Menu", sheet.link().prefill());
        assertTrue(sheet.link().fits());
        assertEquals("+62 823-9349-8882", sheet.phone());
        assertEquals("WITA", sheet.zone());

        SetupSheet wordy = SetupSheet.of(new ChatEngine(madatte().prefill("Halo, ".repeat(24)).build()));
        assertEquals(144, wordy.link().length());
        assertFalse(wordy.link().fits());
        assertTrue(wordy.link().url().startsWith("https://wa.me/6282393498882?text=Halo%2C%20Halo"), wordy.link().url());
    }

    @Test
    void the_instagram_handle_is_found_however_the_author_wrote_it() {
        for (String written : List.of("kelurahan.madatte", "@kelurahan.madatte", " https://www.instagram.com/kelurahan.madatte/",
                "instagram.com/kelurahan.madatte")) {
            Profile p = new Profile("K", Optional.empty(), WeekHours.NONE, "6282393498882", Optional.of(written),
                    Optional.empty(), Optional.empty());
            assertEquals(Optional.of("kelurahan.madatte"), SetupSheet.instagramHandle(p), written);
        }
    }

    @Test
    void a_bundled_menu_ready_for_a_phone_has_no_findings() {
        assertEquals(List.of(), SetupSheet.of(new ChatEngine(madatteMenu())).findings());
    }
}
