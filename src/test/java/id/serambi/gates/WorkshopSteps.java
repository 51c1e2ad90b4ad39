package id.serambi.gates;

import id.serambi.account.Role;
import id.serambi.support.Http;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visitor steps behind the workshop pages of {@link GatePages}. */
final class WorkshopSteps {
    private WorkshopSteps() {
    }

    private static final Pattern WORKSHOP = Pattern.compile("href=\"(/pelatihan/[0-9a-f]+)\"");
    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");

    /** Logs the visitor in as a new trainer. */
    static final Consumer<Http> TRAINER = http -> http.logInAsNew(Role.TRAINER);

    /** Logs the visitor in as a new learner. */
    static final Consumer<Http> LEARNER = http -> http.logInAsNew(Role.LEARNER);

    /**
     * Logs in as a new trainer, creates and opens a workshop with the pre-test; then, if asked,
     * joins it as a participant.
     */
    static Consumer<Http> workshop(boolean join) {
        return http -> {
            http.logInAsNew(Role.TRAINER);
            HttpResponse<String> created = http.submit("/pelatihan/baru", "/pelatihan/baru", Map.of("judul",
                    "Pelatihan <Media> Sosial", "kelurahan", "Madatte", "tempat", "Aula", "tanggal", "2026-03-02",
                    "kapasitas", "30", "modul", "media-sosial", "tes-awal", "tes-awal"));
            String page = created.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("creating a workshop answered " + created.statusCode()));
            GatePages.expect(http.submit(page, page + "/buka", Map.of()), "open the workshop");
            if (join) {
                GatePages.expect(http.submit("/ikut", "/ikut/" + joinCode(http), Map.of("nama", "Siti", "kelompok", "warga")),
                        "join the workshop");
            }
        };
    }

    /**
     * A workshop whose pre-test the trainer opened for the room, joined by the same visitor, who
     * has started it: the trainer's roster shows progress, the waiting page the open quiz.
     */
    static Consumer<Http> roomRunning() {
        return http -> {
            workshop(true).accept(http);
            String page = workshopPage(http);
            GatePages.expect(http.submit(page, page + "/item/buka", Map.of("item", "kuis:tes-awal")), "open the pre-test");
            GatePages.expect(http.submit("/kuis/tes-awal", "/kuis/tes-awal/mulai", Map.of()), "start the pre-test");
        };
    }

    /** A workshop the visitor asked to rejoin from "another phone", waiting for the trainer (themselves). */
    static Consumer<Http> rejoinAsked() {
        return http -> {
            workshop(false).accept(http);
            String code = joinCode(http);
            GatePages.expect(http.submit("/ikut/" + code, "/ikut/" + code + "/lagi", Map.of("nama-lagi", "Siti")),
                    "ask to rejoin");
        };
    }

    static String workshopPage(Http http) {
        Matcher m = WORKSHOP.matcher(http.get("/pelatihan").body());
        if (!m.find()) {
            throw new AssertionError("no workshop on /pelatihan");
        }
        return m.group(1);
    }

    static String joinCode(Http http) {
        Matcher m = JOIN_CODE.matcher(http.get(workshopPage(http)).body());
        if (!m.find()) {
            throw new AssertionError("no join code on the workshop page");
        }
        return m.group(1) + m.group(2);
    }
}
