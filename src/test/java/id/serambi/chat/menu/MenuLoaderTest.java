package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.content.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading menu files: a clean file gives a menu, a broken one {@code path:line} problems. */
class MenuLoaderTest {
    static final String PATH = "content/menus/contoh.yaml";
    static final String VALID = """
            title: { id: Contoh, en: Example }
            profile:
              name: Kelurahan Contoh
              address: Jalan Contoh 1
              hours:
                senin: 08.00-12.00, 13.00-16.00
                jumat: 08:00–11:30
                sabtu: tutup
              phone: "6281100000000"
            greeting: Selamat datang. Jam layanan Senin-Jumat 08.00-16.00 WITA; petugas membalas pada jam itu.
            away:
              schedule: outside-hours
              text: Kantor sedang tutup.
            fallback: Maaf, belum kami pahami.
            footer: Ketik 0 untuk kembali.
            triggers: [Menu]
            menu:
              shortcut: /menu
              text: 'Pilih:'
              options:
                - label: Alamat
                  shortcut: alamat
                  reply: Jalan Contoh 1
                - label: Surat
                  shortcut: surat
                  text: 'Pilih surat:'
                  options:
                    - label: Domisili
                      shortcut: domisili
                      reply: Surat domisili.
                      service:
                        persyaratan: KTP-el
                        prosedur: Ke loket
                        waktu: 1 hari
                        biaya: Gratis
                        produk: Surat
                        pengaduan: Lurah
                - label: Petugas
                  shortcut: petugas
                  handoff: Mohon tunggu.
            tasks:
              - id: domisili
                prompt: Cari syarat domisili.
                goal: [2, 1]
                par: 3
            """;

    private final MenuLoader loader = new MenuLoader();

    static MenuLoader.Result read(String yaml) {
        return new MenuLoader().readYaml("contoh", PATH, yaml);
    }

    /** The line of the first occurrence of {@code needle}, so tests survive edits above it. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "no '" + needle + "' in the test file");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static void assertProblem(MenuLoader.Result result, int line, String key) {
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals(PATH) && p.line() == line
                        && p.key().equals(key)),
                () -> "expected " + PATH + ":" + line + ": " + key + " but got " + result.problems());
    }

    @Test
    void a_valid_file_gives_the_menu_with_its_tree_hours_and_tasks() {
        MenuLoader.Result result = read(VALID);
        assertEquals(List.of(), result.problems());
        Menu menu = result.menu().orElseThrow();
        assertEquals("contoh", menu.id());
        assertEquals("Example", menu.title().en().orElseThrow());
        assertEquals(Menu.DEFAULT_ZONE, menu.zone());
        assertEquals("menu", menu.root().shortcut(), "the slash is the app's, not part of the shortcut");
        assertEquals(2, menu.profile().hours().on(java.time.DayOfWeek.MONDAY).size());
        assertEquals("08.00-11.30", menu.profile().hours().on(java.time.DayOfWeek.FRIDAY).get(0).toString());
        assertTrue(menu.node(List.of(2, 1)).orElseThrow() instanceof MenuNode.Reply r && r.service().isPresent());
        assertTrue(menu.node(List.of(3)).orElseThrow() instanceof MenuNode.HandOff);
        assertEquals(List.of(2, 1), menu.tasks().get(0).goal());
    }

    @Test
    void broken_yaml_is_reported_at_its_line() {
        String yaml = VALID.replace("fallback: Maaf, belum kami pahami.", "fallback: [Maaf");
        assertProblem(read(yaml), lineOf(yaml, "footer:"), "content.yaml.syntax");
    }

    @Test
    void an_empty_file_is_reported() {
        assertProblem(read("  \n"), 1, "content.file.empty");
    }

    @Test
    void unknown_and_missing_fields_are_reported_where_they_are() {
        String yaml = VALID.replace("greeting: Selamat", "salam: Selamat");
        MenuLoader.Result result = read(yaml);
        assertProblem(result, lineOf(yaml, "salam:"), "content.field.unknown");
        assertProblem(result, 1, "content.field.required");
        assertTrue(result.menu().isEmpty());
    }

    @Test
    void an_option_must_be_exactly_one_of_reply_handoff_or_sub_menu() {
        String yaml = VALID.replace("      handoff: Mohon tunggu.", "      handoff: Mohon tunggu.\n      reply: Halo");
        assertProblem(read(yaml), lineOf(yaml, "- label: Petugas"), "chat.menu.node.kind");
        String noKind = VALID.replace("      handoff: Mohon tunggu.", "      description: Tanpa jawaban");
        assertProblem(read(noKind), lineOf(noKind, "- label: Petugas"), "chat.menu.node.kind");
    }

    @Test
    void hours_days_and_time_zone_must_be_readable() {
        String hours = VALID.replace("senin: 08.00-12.00, 13.00-16.00", "senin: 8 sampai 4");
        assertProblem(read(hours), lineOf(hours, "senin:"), "chat.menu.hours");
        String reversed = VALID.replace("senin: 08.00-12.00, 13.00-16.00", "senin: 16.00-08.00");
        assertProblem(read(reversed), lineOf(reversed, "senin:"), "chat.menu.hours");
        String day = VALID.replace("sabtu: tutup", "saturday: tutup");
        assertProblem(read(day), lineOf(day, "saturday:"), "content.field.unknown");
        String zone = "timezone: WITA\n" + VALID;
        assertProblem(read(zone), 1, "chat.menu.timezone");
    }

    @Test
    void an_away_schedule_must_be_known_and_a_custom_one_must_end_after_it_starts() {
        String unknown = VALID.replace("schedule: outside-hours", "schedule: malam");
        assertProblem(read(unknown), lineOf(unknown, "schedule:"), "chat.menu.schedule");
        String custom = VALID.replace("schedule: outside-hours",
                "schedule: custom\n  from: 2025-04-02 08:00\n  to: 2025-04-01 08:00");
        assertProblem(read(custom), lineOf(custom, "to: 2025"), "chat.menu.custom.order");
        String badDate = VALID.replace("schedule: outside-hours",
                "schedule: custom\n  from: besok\n  to: 2025-04-01 08:00");
        assertProblem(read(badDate), lineOf(badDate, "from: besok"), "chat.menu.datetime");
        String stray = VALID.replace("schedule: outside-hours", "schedule: always\n  from: 2025-04-01 08:00");
        assertProblem(read(stray), lineOf(stray, "from: 2025"), "chat.menu.custom.only");
    }

    @Test
    void a_sub_menu_needs_options_and_api_only_fits_a_sub_menu() {
        String empty = VALID.replace("      handoff: Mohon tunggu.", "      text: Belum ada.\n      options: []");
        assertProblem(read(empty), lineOf(empty, "options: []"), "chat.menu.options.empty");
        String api = VALID.replace("      handoff: Mohon tunggu.", "      handoff: Mohon tunggu.\n      api: { type: list }");
        assertProblem(read(api), lineOf(api, "api: { type"), "chat.menu.api.onlysub");
        String type = VALID.replace("  text: 'Pilih:'", "  text: 'Pilih:'\n  api: { type: carousel }");
        assertProblem(read(type), lineOf(type, "api: { type"), "chat.menu.api.type");
    }

    @Test
    void a_task_must_aim_at_an_answer_with_a_par_it_can_meet() {
        String subMenuGoal = VALID.replace("goal: [2, 1]", "goal: [2]");
        assertProblem(read(subMenuGoal), lineOf(subMenuGoal, "goal:"), "chat.task.goal");
        String missing = VALID.replace("goal: [2, 1]", "goal: [4, 1]");
        assertProblem(read(missing), lineOf(missing, "goal:"), "chat.task.goal");
        String words = VALID.replace("goal: [2, 1]", "goal: [dua, satu]");
        assertProblem(read(words), lineOf(words, "goal:"), "chat.menu.number");
        String par = VALID.replace("par: 3", "par: 1");
        assertProblem(read(par), lineOf(par, "par:"), "chat.task.par");
    }

    @Test
    void check_findings_point_at_the_line_of_the_field_to_fix() {
        String longReply = VALID.replace("reply: Jalan Contoh 1", "reply: " + "a".repeat(4100));
        assertProblem(read(longReply), lineOf(longReply, "reply: aaa"), "chat.check.text.long");
        String noHours = VALID.replace("Jam layanan Senin-Jumat 08.00-16.00 WITA; ", "");
        assertProblem(read(noHours), lineOf(noHours, "greeting:"), "chat.check.greeting.hours");
        String nik = VALID.replace("persyaratan: KTP-el", "persyaratan: KTP-el 7604011203900001");
        assertProblem(read(nik), lineOf(nik, "service:"), "chat.check.nik");
        String phone = VALID.replace("phone: \"6281100000000\"", "phone: \"+62 811 0000 0000\"");
        assertProblem(read(phone), lineOf(phone, "phone:"), "chat.check.phone");
        String missing = VALID.replaceAll("\n *biaya: Gratis", "");
        MenuLoader.Result result = read(missing);
        assertProblem(result, lineOf(missing, "service:"), "chat.check.service.missing");
        assertTrue(result.menu().isPresent(), "a menu with findings still opens in the designer");
        assertEquals(1, result.findings().size());
        assertEquals("2 > 1", result.findings().get(0).where());
    }

    @Test
    void problems_are_sorted_by_line() {
        String yaml = VALID.replace("sabtu: tutup", "sabtu: x").replace("par: 3", "par: 0");
        List<Integer> lines = read(yaml).problems().stream().map(Problem::line).toList();
        assertEquals(lines.stream().sorted().toList(), lines);
        assertEquals(2, lines.size());
    }
}
