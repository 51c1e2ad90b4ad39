package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Service;
import id.serambi.chat.menu.Finding;
import id.serambi.chat.menu.MenuChecks;
import id.serambi.content.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.serambi.chat.engine.MenuFixtures.fullService;
import static id.serambi.chat.engine.MenuFixtures.madatte;
import static id.serambi.chat.engine.MenuFixtures.reply;
import static id.serambi.chat.engine.MenuFixtures.service;
import static id.serambi.chat.engine.MenuFixtures.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design checked against a design-to-order task, worked out by hand on small menus. */
class DesignTaskCheckTest {
    private static final DesignTask THREE = new DesignTask("tiga", Text.of("Tiga layanan"), Text.of("Buat."), List.of(
            new DesignTask.Required(Text.of("Domisili"), List.of("domisili")),
            new DesignTask.Required(Text.of("Usaha"), List.of("usaha")),
            new DesignTask.Required(Text.of("SKTM"), List.of("tidak mampu", "sktm"))));

    private static DesignTaskCheck.Result check(Menu menu) {
        return DesignTaskCheck.check(THREE, menu, MenuChecks.check(menu));
    }

    private static List<String> states(DesignTaskCheck.Result r) {
        return r.services().stream().map(s -> s.state() + " " + Menu.display(s.node())).toList();
    }

    @Test
    void three_complete_services_under_a_sub_menu_pass() {
        Menu menu = madatte().options(
                reply("Alamat", "alamat", "Jalan Merdeka 1"),
                sub("Surat keterangan", "surat", "Surat apa?",
                        service("Domisili", "domisili", fullService()),
                        service("Usaha", "usaha", fullService()),
                        service("Tidak Mampu", "sktm", fullService()))).build();
        DesignTaskCheck.Result r = check(menu);
        assertEquals(List.of(), r.findings(), "the fixture passes every check");
        assertEquals(List.of("ok 2 > 1", "ok 2 > 2", "ok 2 > 3"), states(r));
        assertTrue(r.passed());
    }

    @Test
    void a_missing_service_a_plain_answer_and_an_incomplete_one_are_each_named() {
        Service noCost = new Service("KTP-el", "Bawa ke loket", "1 hari", "", "Surat", "");
        Menu menu = madatte().options(
                reply("Domisili", "domisili", "Datang saja ke kantor."),
                service("Surat Keterangan Usaha", "usaha", noCost)).build();
        DesignTaskCheck.Result r = check(menu);
        assertEquals(List.of("no-standard 1", "incomplete 2", "missing menu"), states(r));
        assertEquals(List.of(Service.Component.BIAYA, Service.Component.PENGADUAN), r.services().get(1).missing());
        assertFalse(r.passed());
    }

    @Test
    void keywords_match_whole_words_case_and_accents_aside_and_the_label_before_the_text() {
        // "usahakan" is not "usaha"; the reply of option 1 mentions usaha in its first line,
        // but option 2's label names it, and a label match comes first
        Menu menu = madatte().options(
                service("Bantuan", "bantuan", fullService()),
                service("Keterangan USAHA", "usaha", fullService()),
                service("Domisili", "domisili", fullService()),
                service("SKTM", "sktm", fullService())).build();
        Menu mentions = madatte().options(
                new id.serambi.chat.engine.MenuNode.Reply("Bantuan", "bantuan", java.util.Optional.empty(),
                        "Kami usahakan membalas cepat.", java.util.Optional.of(fullService()))).build();
        assertEquals(List.of("ok 3", "ok 2", "ok 4"), states(check(menu)));
        assertEquals("missing menu", states(check(mentions)).get(1));
    }

    @Test
    void one_answer_serves_one_required_service_only() {
        Menu menu = madatte().options(service("Domisili dan usaha", "surat", fullService())).build();
        assertEquals(List.of("ok 1", "missing menu", "missing menu"), states(check(menu)));
    }

    @Test
    void every_service_there_but_a_failing_check_does_not_pass() {
        Menu menu = madatte().greeting("Halo.").options(
                service("Domisili", "domisili", fullService()),
                service("Usaha", "usaha", fullService()),
                service("SKTM", "sktm", fullService())).build();
        List<Finding> findings = MenuChecks.check(menu);
        assertEquals(2, findings.size(), "the greeting names neither hours nor a person");
        DesignTaskCheck.Result r = DesignTaskCheck.check(THREE, menu, findings);
        assertTrue(r.services().stream().allMatch(DesignTaskCheck.ServiceResult::ok));
        assertFalse(r.passed());
    }
}
