package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuFixtures;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.TimeRange;
import id.serambi.chat.engine.WeekHours;
import id.serambi.content.Text;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.madatteMenu;
import static id.serambi.chat.engine.MenuFixtures.reply;
import static id.serambi.chat.engine.MenuFixtures.sub;
import static id.serambi.chat.engine.MenuFixtures.withApi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export and import: a menu written as YAML or JSON reads back as the same menu. */
class MenuFormatTest {
    private final MenuLoader loader = new MenuLoader();

    /** A menu using every field: custom away, split and all-day hours, list sections, hand-off, tasks. */
    static Menu everyField() {
        WeekHours hours = new WeekHours(Map.of(
                DayOfWeek.MONDAY, List.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new TimeRange(LocalTime.of(13, 0), LocalTime.of(16, 30))),
                DayOfWeek.SATURDAY, List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))));
        Presentation sections = new Presentation(Presentation.Type.LIST, Optional.of("Pilih"), List.of(
                new Presentation.Section(Optional.of("Informasi"), List.of(1, 3)),
                new Presentation.Section(Optional.of("Surat"), List.of(2, 4))));
        MenuNode letters = withApi(sub("Surat", "surat", "Pilih surat:",
                MenuFixtures.service("Domisili", "sk-domisili", MenuFixtures.fullService()),
                reply("Usaha: \"SKU\"", "sk-usaha", "Baris satu\n  baris dua menjorok\n\nKetik 0 # bukan komentar")),
                new Presentation(Presentation.Type.BUTTONS, Optional.empty(), List.of()));
        Menu base = madatte().away(new Away.Custom(LocalDateTime.parse("2025-04-01T16:00"),
                        LocalDateTime.parse("2025-04-08T08:00")))
                .hours(hours).prefill("Halo Kelurahan, saya mau lihat Menu").triggers("Menu", "Layanan")
                .rootApi(sections)
                .options(reply("Alamat", "alamat", "yes"), letters, reply("1", "satu", "- bukan daftar: ya"),
                        MenuFixtures.handoff("Petugas", "petugas"))
                .task("domisili", 3, 2, 1).task("petugas", 2, 4).build();
        return new Menu("lengkap", Text.of("Semua isian"), base.profile(), java.time.ZoneId.of("Asia/Jayapura"),
                base.greeting(), base.away(), base.fallback(), base.footer(), base.triggers(), base.prefill(),
                base.root(), base.tasks());
    }

    @Test
    void yaml_export_reads_back_as_the_same_menu() {
        for (Menu menu : List.of(madatteMenu(), everyField())) {
            String yaml = MenuYaml.write(menu);
            MenuLoader.Result back = loader.readYaml(menu.id(), "export.yaml", yaml);
            assertTrue(back.menu().isPresent(), () -> back.problems() + "\n" + yaml);
            assertEquals(menu, back.menu().get(), yaml);
        }
    }

    @Test
    void json_export_reads_back_as_the_same_menu() {
        for (Menu menu : List.of(madatteMenu(), everyField())) {
            String json = MenuJson.write(menu);
            MenuLoader.Result back = loader.readJson(menu.id(), "export.json", json);
            assertTrue(back.menu().isPresent(), () -> back.problems() + "\n" + json);
            assertEquals(menu, back.menu().get(), json);
        }
    }

    @Test
    void the_bundled_menus_survive_both_round_trips() {
        for (String id : List.of("madatte", "madatte-lengkap")) {
            Menu menu = BundledMenusTest.bundled(id);
            assertEquals(menu, loader.readYaml(id, "x.yaml", MenuYaml.write(menu)).menu().orElseThrow());
            assertEquals(menu, loader.readJson(id, "x.json", MenuJson.write(menu)).menu().orElseThrow());
            assertTrue(loader.readJson(id, "x.json", MenuJson.write(menu)).ok());
        }
    }

    @Test
    void yaml_export_looks_hand_written() {
        String yaml = MenuYaml.write(everyField());
        assertTrue(yaml.startsWith("title: Semua isian\n"), yaml);
        assertTrue(yaml.contains("    senin: 08.00-12.00, 13.00-16.30\n"), yaml);
        assertTrue(yaml.contains("    sabtu: 00.00-24.00\n    minggu: tutup\n"), yaml);
        assertTrue(yaml.contains("  from: 2025-04-01 16:00\n"), yaml);
        assertTrue(yaml.contains("goal: [2, 1]"), yaml);
        assertTrue(yaml.contains("greeting: |-\n"), "multi-line messages as literal blocks:\n" + yaml);
        assertFalse(yaml.contains("!!"), "no Java type tags:\n" + yaml);
    }

    @Test
    void json_from_other_tools_with_escaped_slashes_tabs_and_unicode_escapes_is_read() {
        String json = MenuJson.write(madatteMenu())
                .replace("https://", "https:\\/\\/")
                .replace("  ", "\t")
                .replace("Selamat datang", "Selamat datang \\ud83d\\ude4f");
        MenuLoader.Result result = loader.readJson("madatte", "import.json", json);
        assertTrue(result.ok(), result.problems().toString());
        Menu menu = result.menu().orElseThrow();
        assertTrue(menu.greeting().startsWith("Selamat datang \uD83D\uDE4F"));
        assertTrue(menu.node(List.of(3)).orElseThrow().text().contains("https://instagram.com/kelurahan.madatte"));
    }

    @Test
    void json_problems_point_at_json_lines() {
        String json = MenuJson.write(madatteMenu());
        String unknown = json.replace("\"greeting\" :", "\"salam\" :");
        MenuLoader.Result result = loader.readJson("madatte", "import.json", unknown);
        int line = MenuLoaderTest.lineOf(unknown, "\"salam\"");
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == line && p.key().equals("content.field.unknown")),
                result.problems().toString());

        String broken = json.replace("\"fallback\" :", "\"fallback\" ::");
        MenuLoader.Result syntax = loader.readJson("madatte", "import.json", broken);
        assertEquals(MenuLoaderTest.lineOf(broken, "::"), syntax.problems().get(0).line());
        assertEquals("chat.menu.json", syntax.problems().get(0).key());

        MenuLoader.Result trailing = loader.readJson("madatte", "import.json", json + "{}");
        assertEquals("chat.menu.json.trailing", trailing.problems().get(0).key());
        assertEquals("content.file.empty", loader.readJson("m", "import.json", " ").problems().get(0).key());
        assertFalse(loader.readJson("m", "import.json", "[1, 2]").ok());
    }
}
