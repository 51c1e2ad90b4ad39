package id.serambi.chat.menu;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Conversation;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.Task;
import id.serambi.chat.engine.Transcript;
import id.serambi.chat.export.WaLink;
import id.serambi.chat.simulator.Practice;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menus shipped in content/menus, including Madatte's conversation as the field report tells it. */
public class BundledMenusTest {
    private static final Map<String, MenuLoader.Result> MENUS = new MenuLoader().loadAll(ContentRoot.bundled());

    public static Menu bundled(String id) {
        MenuLoader.Result result = MENUS.get(id);
        Messages messages = new Messages();
        assertTrue(result != null && result.ok(), () -> id + " does not load clean:\n" + (result == null ? "missing"
                : result.problems().stream().map(p -> p.path() + ":" + p.line() + ": "
                + messages.get(Lang.ID, p.key(), p.args().toArray())).collect(Collectors.joining("\n"))));
        return result.menu().orElseThrow();
    }

    @Test
    void both_bundled_menus_load_and_pass_every_check() {
        assertTrue(MENUS.keySet().containsAll(Set.of("madatte", "madatte-lengkap")));
        for (String id : MENUS.keySet()) {
            bundled(id);
        }
    }

    @Test
    void madatte_answers_as_the_field_report_describes_in_api_mode() {
        Transcript.play(bundled("madatte"), Mode.API, """
                2021-02-22 09:00 | W Selamat pagi | GREETING  | ~Selamat datang;~Ketik *Menu*
                +1m              | W Menu         | MENU menu | ~1. Alamat kelurahan;~2. Pelayanan administrasi;~3. Akun sosial media kelurahan
                +1m              | W 1            | ANSWER 1  | ~Jalan Mr. Muh. Yamin, Kelurahan Madatte, Kecamatan Polewali, 91315
                +1m              | W 2            | ANSWER 2  | ~https://docs.google.com/forms/
                +1m              | W 3            | ANSWER 3  | ~https://instagram.com/kelurahan.madatte
                """);
    }

    @Test
    void madatte_in_the_app_is_greeting_then_staff_quick_replies() {
        Transcript.play(bundled("madatte"), Mode.APP, """
                2021-02-22 09:00 | W Selamat pagi | GREETING |
                +1m              | W Menu         | -        |
                +1m              | S /menu        | QUICK_REPLY menu | ~3. Akun sosial media kelurahan
                +1m              | W 1            | -        |
                +1m              | S /alamat      | QUICK_REPLY 1 | ~Jalan Mr. Muh. Yamin
                +1m              | W 2            | -        |
                +1m              | S /layanan     | QUICK_REPLY 2 | ~docs.google.com/forms
                +1m              | W 3            | -        |
                +1m              | S /instagram   | QUICK_REPLY 3 | ~instagram.com/kelurahan.madatte
                """);
    }

    @Test
    void madatte_lengkap_offers_the_six_components_for_at_least_six_services() {
        Menu menu = bundled("madatte-lengkap");
        List<String> services = new ArrayList<>();
        collectServices(menu.root(), services);
        assertTrue(services.size() >= 6, services.toString());
        assertTrue(services.containsAll(List.of("Domisili", "Usaha", "Kelakuan baik", "Belum pernah menikah",
                "Kelahiran", "Kematian", "Biodata pindah", "Kartu keluarga baru")), services.toString());
        assertTrue(menu.tasks().size() >= 3);
        assertEquals(1, bundled("madatte").tasks().size());
    }

    private static void collectServices(MenuNode node, List<String> out) {
        if (node instanceof MenuNode.SubMenu sub) {
            sub.options().forEach(o -> collectServices(o, out));
        } else if (node instanceof MenuNode.Reply r && r.service().isPresent()) {
            assertEquals(List.of(), r.service().get().missing(), r.label());
            out.add(r.label());
        }
    }

    @Test
    void every_bundled_practice_task_can_be_reached_within_its_par() {
        for (String id : List.of("madatte", "madatte-lengkap")) {
            Menu menu = bundled(id);
            for (Task task : menu.tasks()) {
                Conversation chat = new Conversation(new ChatEngine(menu), Mode.API);
                Instant t = Instant.parse("2021-02-22T01:00:00Z");
                chat.send("Menu", t);
                for (int number : task.goal()) {
                    t = t.plusSeconds(60);
                    chat.send(String.valueOf(number), t);
                }
                Practice practice = Practice.of(task, chat.transcript());
                assertTrue(practice.reached(), id + " " + task.id());
                assertEquals(task.goal().size() + 1, practice.messagesToGoal().getAsInt());
                assertTrue(practice.withinPar(), id + " " + task.id());
            }
        }
    }

    @Test
    void a_task_is_reached_in_app_mode_when_staff_send_the_goals_quick_reply() {
        Menu menu = bundled("madatte-lengkap");
        Task task = menu.task("syarat-sk-usaha").orElseThrow();
        Conversation chat = new Conversation(new ChatEngine(menu), Mode.APP);
        Instant t = Instant.parse("2021-02-22T01:00:00Z");
        chat.send("Syarat surat keterangan usaha apa saja?", t);
        assertTrue(!Practice.of(task, chat.transcript()).reached());
        chat.staff("/sk-usaha", t.plusSeconds(30));
        assertEquals(1, Practice.of(task, chat.transcript()).messagesToGoal().getAsInt());
    }

    @Test
    void the_wa_me_link_prefills_the_trigger_word() {
        assertEquals("https://wa.me/6282393498882?text=Menu", WaLink.of(bundled("madatte")));
        assertEquals("https://wa.me/6281100000000?text=Halo%20Kelurahan", WaLink.of("6281100000000", "Halo Kelurahan"));
    }
}
