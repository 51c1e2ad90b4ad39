package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuFixtures;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Service;
import id.serambi.chat.engine.WeekHours;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static id.serambi.chat.engine.MenuFixtures.fullService;
import static id.serambi.chat.engine.MenuFixtures.handoff;
import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static id.serambi.chat.engine.MenuFixtures.reply;
import static id.serambi.chat.engine.MenuFixtures.service;
import static id.serambi.chat.engine.MenuFixtures.sub;
import static id.serambi.chat.engine.MenuFixtures.withApi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check fires on the mistake it is for, at the right node, and stays quiet on a good menu. */
class MenuChecksTest {
    private static final Set<String> SEEN = new TreeSet<>();

    private static List<Finding> check(Menu menu) {
        List<Finding> findings = MenuChecks.check(menu);
        findings.forEach(f -> SEEN.add(f.key()));
        return findings;
    }

    private static void fires(Menu menu, String key, String where) {
        List<Finding> findings = check(menu);
        assertTrue(findings.stream().anyMatch(f -> f.key().equals(key) && f.where().equals(where)),
                () -> "expected " + key + " at " + where + " in " + findings);
    }

    private static void quiet(Menu menu, String key) {
        List<Finding> findings = check(menu);
        assertFalse(findings.stream().anyMatch(f -> f.key().equals(key)), () -> key + " fired: " + findings);
    }

    private static MenuNode.Reply text(String body) {
        return reply("Alamat", "alamat", body);
    }

    @Test
    void the_madatte_fixture_has_no_findings() {
        assertEquals(List.of(), check(madatteMenu()));
    }

    @Test
    void a_message_over_4096_characters_is_found_counting_what_is_really_sent() {
        fires(madatte().options(text("a".repeat(4050))).build(), "chat.check.text.long", "1");
        quiet(madatte().options(text("a".repeat(3990))).build(), "chat.check.text.long");
        fires(madatte().greeting("Jam 08.00, petugas. " + "a".repeat(4090)).build(), "chat.check.text.long", "menu");
    }

    @Test
    void reply_buttons_are_one_to_three_with_short_unique_titles() {
        MenuNode.SubMenu four = withApi(sub("Surat", "surat", "Pilih:", reply("A", "a", "a"), reply("B", "b", "b"),
                reply("C", "c", "c"), reply("D", "d", "d")), new Presentation(Presentation.Type.BUTTONS,
                Optional.empty(), List.of()));
        fires(madatte().add(four).build(), "chat.check.buttons.count", "4");
        MenuNode.SubMenu titles = withApi(sub("Surat", "surat", "Pilih:", reply("Surat keterangan domisili", "a", "a"),
                reply("Usaha", "b", "b"), reply("usaha", "c", "c")), new Presentation(Presentation.Type.BUTTONS,
                Optional.empty(), List.of()));
        fires(madatte().add(titles).build(), "chat.check.button.title", "4 > 1");
        fires(madatte().add(titles).build(), "chat.check.button.duplicate", "4 > 3");
        MenuNode.SubMenu good = withApi(sub("Surat", "surat", "Pilih:", reply("Domisili", "a", "a"),
                reply("Usaha", "b", "b")), new Presentation(Presentation.Type.BUTTONS, Optional.empty(), List.of()));
        List<Finding> findings = check(madatte().add(good).build());
        assertEquals(List.of(), findings);
    }

    @Test
    void a_list_message_keeps_to_its_row_button_and_section_limits() {
        Presentation list = new Presentation(Presentation.Type.LIST, Optional.of("Pilih layanan"), List.of());
        fires(madatte().rootApi(list).build(), "chat.check.row.title", "3"); // "Akun sosial media kelurahan", 27
        Menu rows = madatte().rootApi(list).options(java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> (MenuNode) reply("Pilihan " + i, "p" + i, "Teks")).toArray(MenuNode[]::new)).build();
        fires(rows, "chat.check.list.rows", "menu");
        fires(rows, "chat.check.options.many", "menu");
        MenuNode described = new MenuNode.Reply("Domisili", "alamat", Optional.of("d".repeat(73)), "Teks",
                Optional.empty());
        fires(madatte().rootApi(list).options(described).build(), "chat.check.row.description", "1");
        Presentation noButton = new Presentation(Presentation.Type.LIST, Optional.empty(), List.of());
        fires(madatte().rootApi(noButton).build(), "chat.check.list.button.missing", "menu");
        Presentation longButton = new Presentation(Presentation.Type.LIST, Optional.of("Pilih salah satu layanan"),
                List.of());
        fires(madatte().rootApi(longButton).build(), "chat.check.list.button.long", "menu");
        Presentation sections = new Presentation(Presentation.Type.LIST, Optional.of("Pilih"), List.of(
                new Presentation.Section(Optional.of("Informasi kantor kelurahan"), List.of(1, 2)),
                new Presentation.Section(Optional.empty(), List.of(2, 9))));
        Menu sectioned = madatte().rootApi(sections).build();
        fires(sectioned, "chat.check.section.title.long", "menu");
        fires(sectioned, "chat.check.section.title.missing", "menu");
        fires(sectioned, "chat.check.section.twice", "menu");
        fires(sectioned, "chat.check.section.option", "menu");
        fires(sectioned, "chat.check.section.missing", "menu");
        fires(madatte().rootApi(list).rootText("b".repeat(1025)).build(), "chat.check.body.long", "menu");
        quiet(madatte().rootText("b".repeat(1025)).build(), "chat.check.body.long");
    }

    @Test
    void the_greeting_must_state_office_hours_and_how_to_reach_a_person() {
        fires(madatte().greeting("Selamat datang, ketik Menu. Petugas siap membantu.").build(),
                "chat.check.greeting.hours", "menu");
        fires(madatte().greeting("Selamat datang. Buka pukul 08.00-16.00.").build(),
                "chat.check.greeting.person", "menu");
        quiet(madatte().greeting("Layanan 24 jam; hubungi kami kapan saja.").build(), "chat.check.greeting.hours");
    }

    @Test
    void the_business_profile_and_wa_me_link_keep_to_whatsapps_limits() {
        fires(madatte().address("a".repeat(257)).build(), "chat.check.profile.address", "menu");
        quiet(madatte().address("a".repeat(256)).build(), "chat.check.profile.address");
        fires(madatte().description("d".repeat(513)).build(), "chat.check.profile.description", "menu");
        quiet(madatte().description("d".repeat(512)).build(), "chat.check.profile.description");
        for (String bad : List.of("+6282393498882", "082393498882", "62 823 9349 8882", "6282-3934")) {
            fires(madatte().phone(bad).build(), "chat.check.phone", "menu");
        }
        fires(madatte().prefill("p".repeat(141)).build(), "chat.check.prefill.long", "menu");
        quiet(madatte().prefill("p".repeat(140)).build(), "chat.check.prefill.long");
        fires(madatte().options(text("Chat kami: https://wa.me/+6282393498882")).build(), "chat.check.walink", "1");
        fires(madatte().options(text("Chat kami: wa.me/082393498882 ya")).build(), "chat.check.walink", "1");
        fires(madatte().options(text("https://wa.me/6282393498882?text=" + "a".repeat(141))).build(),
                "chat.check.walink", "1");
        quiet(madatte().options(text("Chat kami: https://wa.me/6282393498882?text=Halo%20Bu. Ketik 0.")).build(),
                "chat.check.walink");
    }

    @Test
    void trigger_words_must_not_be_numbers_or_repeated() {
        fires(madatte().triggers("1").build(), "chat.check.trigger.number", "menu");
        fires(madatte().triggers("satu").build(), "chat.check.trigger.number", "menu");
        fires(madatte().triggers("Menu", "menu!").build(), "chat.check.trigger.duplicate", "menu");
    }

    @Test
    void the_away_schedule_outside_hours_needs_office_hours() {
        fires(madatte().hours(WeekHours.NONE).build(), "chat.check.away.hours", "menu");
        quiet(madatte().hours(WeekHours.NONE).away(new Away.Always()).build(), "chat.check.away.hours");
    }

    @Test
    void the_tree_is_at_most_three_deep_with_at_most_ten_options_per_level() {
        MenuNode deep = sub("A", "a", "a", sub("B", "b", "b", sub("C", "c", "c", reply("D", "d", "Ketik 0"))));
        fires(madatte().options(deep).build(), "chat.check.depth", "1 > 1 > 1 > 1");
        MenuNode three = sub("A", "a", "a", sub("B", "b", "b", reply("C", "c", "Ketik 0")));
        quiet(madatte().options(three).build(), "chat.check.depth");
        MenuNode[] eleven = java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> (MenuNode) reply("P" + i, "p" + i, "t")).toArray(MenuNode[]::new);
        fires(madatte().options(sub("Banyak", "banyak", "Pilih:", eleven)).build(), "chat.check.options.many", "1");
        fires(madatte().options(text("a"), reply("alamat.", "alamat2", "b")).build(), "chat.check.label.duplicate", "2");
    }

    @Test
    void every_answer_offers_a_way_back() {
        fires(madatte().footer(null).build(), "chat.check.way.back", "1");
        quiet(madatte().footer(null).options(text("Jalan. Ketik 0 untuk kembali.")).build(), "chat.check.way.back");
        quiet(madatte().footer(null).options(text("Jalan.\n\n0. Kembali")).build(), "chat.check.way.back");
        quiet(madatte().footer(null).options(text("Jalan. Ketik *Menu* untuk menu utama.")).build(),
                "chat.check.way.back");
        fires(madatte().footer(null).options(text("Biaya Rp0, menunya lengkap")).build(), "chat.check.way.back", "1");
        fires(madatte().footer(null).options(handoff("Petugas", "petugas")).build(), "chat.check.way.back", "1");
    }

    @Test
    void every_service_answer_has_the_six_components_of_a_service_standard() {
        Service noFee = new Service("KTP-el", "Ke loket", "1 hari", "", "Surat", "Lurah");
        List<Finding> findings = check(madatte().options(service("Domisili", "domisili", noFee)).build());
        assertEquals(List.of(Finding.of(List.of(1), "service", "chat.check.service.missing", "biaya")), findings);
        quiet(madatte().options(service("Domisili", "domisili", fullService())).build(), "chat.check.service.missing");
    }

    @Test
    void shortcuts_are_single_words_used_once() {
        fires(madatte().options(reply("Alamat", "Alamat Kantor", "Ketik 0")).build(), "chat.check.shortcut.format", "1");
        fires(madatte().options(text("Ketik 0"), reply("Lain", "alamat", "Ketik 0")).build(),
                "chat.check.shortcut.duplicate", "2");
        fires(madatte().options(reply("Menu lagi", "menu", "Ketik 0")).build(), "chat.check.shortcut.duplicate", "1");
    }

    @Test
    void no_nik_or_kk_number_appears_in_any_text_or_link() {
        for (String text : List.of("NIK saya 7604011203900001", "KK: 7604 0112 0390 0001", "7604011203-900001".replace("-", ""),
                "https://contoh.id/cek?nik=7604011203900001", "760401.120390.0001")) {
            fires(madatte().options(text(text + ". Ketik 0")).build(), "chat.check.nik", "1");
        }
        for (String text : List.of("Telepon 6282393498882", "Rp 1.000.000", "08.00-12.00, 13.00-16.00",
                "12345678901234567")) {
            quiet(madatte().options(text(text + ". Ketik 0")).build(), "chat.check.nik");
        }
        fires(madatte().greeting(MenuFixtures.GREETING + " NIK 7604011203900001").build(), "chat.check.nik", "menu");
        fires(madatte().options(new MenuNode.Reply("Alamat", "alamat", Optional.of("7604011203900001"), "Ketik 0",
                Optional.empty())).build(), "chat.check.nik", "1");
    }

    @Test
    void a_finding_names_its_node_field_and_message_in_both_languages() {
        Finding f = check(madatte().address("a".repeat(300)).build()).get(0);
        assertEquals("profile.address", f.field());
        Messages messages = new Messages();
        assertEquals("alamat profil berisi 300 karakter, paling banyak 256; pendekkan",
                messages.get(Lang.ID, f.key(), f.args().toArray()));
        assertEquals("the profile address has 300 characters, at most 256; shorten it",
                messages.get(Lang.EN, f.key(), f.args().toArray()));
    }

    @AfterAll
    static void every_key_a_check_produced_has_a_message_in_both_languages() {
        Messages messages = new Messages();
        for (String key : SEEN) {
            assertTrue(messages.keys(Lang.ID).contains(key) && messages.keys(Lang.EN).contains(key), key);
        }
        assertTrue(SEEN.size() >= 30, "checks exercised: " + SEEN);
    }
}
