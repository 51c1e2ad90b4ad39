package id.serambi.workshop.trainer;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What trainers and participants type is shown as text on every workshop page, never run as markup. */
class EscapingPagesTest {
    private static final String NAME = "<script>alert('x')</script>";
    private static final String TITLE = "<i>Pelatihan</i> & \"Kelas\"";
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");

    @Test
    void a_name_and_a_title_that_look_like_html_show_as_typed_on_every_page() {
        try (TestApp app = TestApp.start()) {
            Http trainer = app.loggedIn(Role.TRAINER);
            HttpResponse<String> created = trainer.submitAll("/pelatihan/baru", "/pelatihan/baru", List.of(
                    Map.entry("judul", TITLE), Map.entry("kelurahan", "<b>Madatte</b>"), Map.entry("tempat", "Aula"),
                    Map.entry("tanggal", "2026-03-02"), Map.entry("kapasitas", "30"),
                    Map.entry("evaluasi", "evaluasi-pelatihan")));
            String page = created.headers().firstValue("Location").orElseThrow();
            trainer.submit(page, page + "/buka", Map.of());
            Matcher m = CODE.matcher(trainer.get(page).body());
            assertTrue(m.find());
            String code = m.group(1) + m.group(2);
            Http participant = app.http();
            assertEquals(303, participant.submit("/ikut", "/ikut/" + code, Map.of("nama", NAME, "kelompok", "warga"))
                    .statusCode());
            Http second = app.http();
            second.submit("/ikut/" + code, "/ikut/" + code + "/lagi", Map.of("nama-lagi", NAME));
            trainer.submit(page, page + "/item/buka", Map.of("item", "kuis:evaluasi-pelatihan"));

            for (String[] seen : new String[][]{
                    {"trainer's page", trainer.get(page).body()},
                    {"trainer's list", trainer.get("/pelatihan").body()},
                    {"projector", trainer.get(page + "/layar").body()},
                    {"projector content", trainer.get(page + "/layar/isi").body()},
                    {"waiting page", participant.get("/ikut/" + code + "/tunggu").body()},
                    {"join page", app.http().get("/ikut/" + code).body()}}) {
                assertFalse(seen[1].contains("<script>alert") || seen[1].contains("<i>Pelatihan") || seen[1].contains("<b>Madatte"),
                        seen[0] + " shows markup as markup");
            }
            assertTrue(trainer.get(page).body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                    "the roster and the rejoin request show the name as typed");
            assertTrue(participant.get("/ikut/" + code + "/tunggu").body().contains("&lt;i&gt;Pelatihan&lt;/i&gt; &amp; &quot;Kelas&quot;"),
                    "the waiting page shows the title as typed");
        }
    }
}
