package id.serambi.access;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.web.Access;
import id.serambi.web.RouteTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the app, for every kind of visitor. A row is one request: method, path (with the
 * placeholders of {@link AccessWorld}), for a POST the form fields, and after the bar the status
 * each column expects: anonymous, participant (seated in trainer A's workshop), learner (an
 * account), trainer A (owns the workshop), trainer B, admin. {@code login} is a 303 to the login
 * page that returns to the request. Posts carry the client's valid form token; {@code SSE} is a GET
 * of a live stream, read as far as its headers.
 *
 * <p>A refused request (403, 404, login) must change nothing in the database. The routes come from
 * the app's route table, where each is declared with who may use it: the test fails when the server
 * serves a route the table does not declare, when a declared route has no row here, and when a row's
 * statuses contradict the route's declared {@link Access}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final String LESSON = "/modul/media-sosial/01-apa-itu-media-sosial";
    private static final String DESIGN = "/desainer/{design}";
    private static final String DASH = "/dasbor/evaluasi-pelatihan";
    private static final String PLAN = "/instagram/{plan}";

    // method path [fields]                                  anon  part  learner trainerA trainerB admin
    private static final String MATRIX = """
            GET  /                                            | 200 200 200 200 200 200
            POST /jalur jalur=warga                           | 303 303 303 303 303 303
            GET  /health                                      | 200 200 200 200 200 200
            GET  /bahasa/id                                   | 303 303 303 303 303 303
            GET  /modul/media-sosial                          | 200 200 200 200 200 200
            GET  LESSON                                       | 200 200 200 200 200 200
            POST LESSON/selesai done=1                        | 303 303 303 303 303 303
            GET  /media/images/pengguna-media-sosial-2020.svg | 200 200 200 200 200 200
            # Printable materials: a module's handout, guides, cards, the glossary
            GET  /modul/media-sosial/cetak                    | 200 200 200 200 200 200
            GET  /panduan/media-sosial                        | 200 200 200 200 200 200
            GET  /panduan/program-enam-hari                   | 200 200 200 200 200 200
            GET  /kartu/lima-tanda-penipuan                   | 200 200 200 200 200 200
            GET  /glosarium                                   | 200 200 200 200 200 200
            # Learning paths: checklists and design tasks, each learner's own; a design checked is its author's
            GET  /tugas-desain/tiga-layanan-utama             | 200 200 200 200 200 200
            POST /tugas-desain/tiga-layanan-utama/periksa desain={design} | 404 404 303 404 404 404
            GET  /daftar-periksa/siapkan-whatsapp-business    | 200 200 200 200 200 200
            POST /daftar-periksa/siapkan-whatsapp-business/centang langkah=label | 303 303 303 303 303 303
            # WhatsApp simulator and menu export: everyone's own practice
            GET  /simulator                                   | 200 200 200 200 200 200
            GET  /simulator/madatte                           | 200 200 200 200 200 200
            POST /simulator/madatte/kirim text=Menu           | 303 303 303 303 303 303
            POST /simulator/madatte/mode mode=app             | 303 303 303 303 303 303
            POST /simulator/madatte/jam maju=1-jam            | 303 303 303 303 303 303
            POST /simulator/madatte/latihan tugas=cari-alamat | 303 303 303 303 303 303
            GET  /simulator/madatte/petugas                   | 200 200 200 200 200 200
            POST /simulator/madatte/petugas/kirim text=Halo   | 303 303 303 303 303 303
            POST /simulator/madatte/petugas/lepas             | 303 303 303 303 303 303
            POST /simulator/madatte/ulang                     | 303 303 303 303 303 303
            GET  /simulator/madatte/ekspor                    | 200 200 200 200 200 200
            GET  /simulator/madatte/poster                    | 200 200 200 200 200 200
            GET  /simulator/madatte/qr.svg                    | 200 200 200 200 200 200
            GET  /simulator/madatte/menu.yaml                 | 200 200 200 200 200 200
            GET  /simulator/madatte/menu.json                 | 200 200 200 200 200 200
            GET  /simulator/madatte/peta                      | login login 403 200 200 200
            # Menu designer: a design is its author's (learner L) and not found for anyone else
            GET  /desainer                                    | 200 200 200 200 200 200
            POST /desainer/baru contoh=madatte                | 303 303 303 303 303 303
            POST /desainer/impor teks=                        | 422 422 422 422 422 422
            POST /desainer/unggah                             | 422 422 422 422 422 422
            GET  DESIGN                                       | 404 404 200 404 404 404
            POST DESIGN/profil                                | 404 404 422 404 404 404
            POST DESIGN/pesan                                 | 404 404 422 404 404 404
            POST DESIGN/luar-jam                              | 404 404 303 404 404 404
            POST DESIGN/pilihan simpul=1                      | 404 404 422 404 404 404
            POST DESIGN/tambah simpul=&jenis=reply            | 404 404 303 404 404 404
            POST DESIGN/hapus simpul=1                        | 404 404 422 404 404 404
            POST DESIGN/geser simpul=1&arah=turun             | 404 404 303 404 404 404
            POST DESIGN/latihan tugas=                        | 404 404 422 404 404 404
            POST DESIGN/latihan/hapus tugas=cari-alamat       | 404 404 303 404 404 404
            POST DESIGN/pratinjau simpul=1                    | 404 404 200 404 404 404
            GET  DESIGN/versi                                 | 404 404 200 404 404 404
            POST DESIGN/pulihkan versi=1                      | 404 404 303 404 404 404
            POST /desainer/{design!}/buang                    | 404 404 303 404 404 404
            POST DESIGN/bagikan                               | 404 404 303 404 404 404
            POST DESIGN/berhenti-bagikan                      | 404 404 303 404 404 404
            GET  /coba/qqqqqqqqqqqqqqqqqqqqqqqq               | 404 404 404 404 404 404
            # Instagram planner: a plan is its author's (learner L) and not found for anyone else
            GET  /instagram                                   | 200 200 200 200 200 200
            POST /instagram/baru title=Rencana&start=2026-03-02 | 303 303 303 303 303 303
            GET  /instagram/tugas/rencana-empat-minggu        | 200 200 200 200 200 200
            POST /instagram/tugas/rencana-empat-minggu/mulai  | 303 303 303 303 303 303
            POST /instagram/tugas/perbaiki-tiga-pelanggaran/periksa | 404 404 404 404 404 404
            GET  PLAN                                         | 404 404 200 404 404 404
            POST PLAN/profil title=                           | 404 404 422 404 404 404
            GET  PLAN/kiriman/p1                              | 404 404 200 404 404 404
            POST PLAN/kiriman kiriman=&kind=                  | 404 404 422 404 404 404
            POST /instagram/{plan!}/kiriman/hapus kiriman=p1  | 404 404 303 404 404 404
            POST PLAN/unggah kiriman=p1                       | 404 404 422 404 404 404
            POST PLAN/balasan komentar=k1&text=               | 404 404 422 404 404 404
            POST /instagram/{plan!}/buang                     | 404 404 303 404 404 404
            GET  PLAN/pratinjau                               | 404 404 200 404 404 404
            GET  PLAN/pratinjau/p1                            | 404 404 200 404 404 404
            GET  PLAN/periksa                                 | 404 404 200 404 404 404
            GET  PLAN/kalender                                | 404 404 200 404 404 404
            GET  PLAN/daftar                                  | 404 404 200 404 404 404
            GET  PLAN/cetak                                   | 404 404 200 404 404 404
            GET  PLAN/jadwal.csv                              | 404 404 200 404 404 404
            GET  PLAN/gambar/x.jpg                            | 404 404 404 404 404 404
            # Quizzes: open to all; a result is its taker's (participant P); GIFT is for trainers
            GET  /kuis                                        | 200 200 200 200 200 200
            GET  /kuis/impor                                  | login login 403 200 200 200
            POST /kuis/impor teks=                            | 404 404 403 422 422 422
            POST /kuis/impor/simpan teks=                     | 404 404 403 422 422 422
            POST /kuis/impor/hapus kuis=tidak-ada             | 404 404 403 404 404 404
            GET  /kuis/kuis-media-sosial/kuis.gift            | login login 403 200 200 200
            GET  /kuis/tes-awal                               | 200 200 200 200 200 200
            POST /kuis/tes-awal/mulai                         | 303 303 303 303 303 303
            GET  /kuis/tes-awal/isi                           | 200 200 200 200 200 200
            POST /kuis/tes-awal/simpan percobaan=x            | 404 404 404 404 404 404
            POST /kuis/tes-awal/kirim percobaan=x             | 404 404 404 404 404 404
            GET  /kuis/kuis-media-sosial/hasil/{attempt}      | 404 200 404 404 404 404
            # Dashboards: trainers see self-study and their own workshops, admins all
            GET  /dasbor                                      | login login 403 200 200 200
            GET  /dasbor/prapasca                             | login login 403 200 200 200
            GET  DASH                                         | login login 403 200 200 200
            GET  DASH?lokakarya={workshop}                    | login login 403 200 404 200
            GET  DASH/jawaban.csv                             | login login 403 200 200 200
            GET  DASH/ringkasan.xlsx                          | login login 403 200 200 200
            GET  DASH/cetak                                   | login login 403 200 200 200
            POST DASH/sembunyikan jawaban=x&soal=saran        | 404 404 403 400 400 400
            POST DASH/tutup tutup=0                           | 404 404 403 303 303 303
            GET  /dasbor/kuis-media-sosial/nilai              | login login 403 200 200 200
            POST /dasbor/kuis-media-sosial/nilai percobaan=x&soal=y&nilai=1 | 404 404 403 404 404 404
            # Workshops: a trainer's own, admins all; participants join by code
            GET  /pelatihan                                   | login login 403 200 200 200
            GET  /pelatihan/baru                              | login login 403 200 200 200
            POST /pelatihan/baru judul=                       | 404 404 403 422 422 422
            GET  /pelatihan/{workshop}                        | login login 403 200 404 200
            GET  /pelatihan/{workshop}/ruang                  | login login 403 200 404 200
            POST /pelatihan/{workshop!}/buka                  | 404 404 403 303 404 303
            GET  /pelatihan/{workshop}/tutup                  | login login 403 200 404 200
            POST /pelatihan/{workshop!}/tutup yakin=1         | 404 404 403 303 404 303
            POST /pelatihan/{workshop!}/buka-lagi             | 404 404 403 409 404 409
            POST /pelatihan/{workshop}/alamat alamat=10.9.9.9 | 404 404 403 400 404 400
            GET  /ikut                                        | 200 200 200 200 200 200
            POST /ikut kode=QQQQQQ                            | 303 303 303 303 303 303
            GET  /ikut/{code}                                 | 200 303 200 200 200 200
            POST /ikut/{code} nama=&kelompok=                 | 422 303 422 422 422 422
            GET  /ikut/{code}/tunggu                          | 303 200 303 303 303 303
            # The room: items, the live stream and projector, rejoining, certificates
            POST /pelatihan/{workshop}/item/buka item=kuis:x  | 404 404 403 400 404 400
            POST /pelatihan/{workshop}/item/tutup             | 404 404 403 400 404 400
            POST /pelatihan/{workshop}/gabung-lagi/setujui permintaan=x&peserta=x | 404 404 403 409 404 409
            POST /pelatihan/{workshop}/gabung-lagi/tolak permintaan=x | 404 404 403 409 404 409
            SSE  /pelatihan/{workshop}/langsung               | login login 403 200 404 200
            GET  /pelatihan/{workshop}/keadaan                | login login 403 200 404 200
            GET  /pelatihan/{workshop}/layar                  | login login 403 200 404 200
            GET  /pelatihan/{workshop}/layar/isi              | login login 403 200 404 200
            SSE  /ikut/{code}/langsung                        | 404 200 404 404 404 404
            GET  /ikut/{code}/keadaan                         | 404 200 404 404 404 404
            GET  /ikut/{code}/lagi                            | 303 303 303 303 303 303
            POST /ikut/{code}/lagi nama-lagi=                 | 422 303 422 422 422 422
            GET  /ikut/{code}/sertifikat.pdf                  | 409 409 409 409 409 409
            GET  /pelatihan/{workshop}/sertifikat.pdf         | login login 403 409 404 409
            GET  /pelatihan/{workshop}/peserta/{seat}/sertifikat.pdf | login login 403 409 404 409
            GET  /sertifikat/QQQQ-QQQQ                        | 404 404 404 404 404 404
            # Scam-and-hoax inbox: everyone's own judgements; the class's results are for trainers
            GET  /kotak-masuk                                 | 200 200 200 200 200 200
            GET  /kotak-masuk/kotak-masuk-warga               | 200 200 200 200 200 200
            GET  /kotak-masuk/kotak-masuk-warga/pesan/kode-otp | 200 200 200 200 200 200
            POST /kotak-masuk/kotak-masuk-warga/pesan/kode-otp putusan=penipuan&tanda=kode-enam | 303 303 303 303 303 303
            POST /kotak-masuk/kotak-masuk-warga/ulang         | 303 303 303 303 303 303
            GET  /kotak-masuk/kotak-masuk-warga/hasil         | login login 403 200 200 200
            GET  /kotak-masuk/kotak-masuk-warga/hasil?lokakarya={workshop} | login login 403 200 404 200
            # Accounts
            GET  /masuk                                       | 200 200 200 200 200 200
            POST /masuk nama={unique}&sandi=salah-sekali      | 401 401 401 401 401 401
            POST /keluar                                      | 303 303 303 303 303 303
            GET  /daftar                                      | 200 200 200 200 200 200
            POST /daftar nama={unique}&sandi=a&sandi_ulang=b  | 400 400 400 400 400 400
            GET  /akun/sandi                                  | login login 200 200 200 200
            POST /akun/sandi sandi_lama=salah&sandi_baru=x    | 404 404 400 400 400 400
            GET  /pasang                                      | 404 404 404 404 404 404
            POST /pasang token=x                              | 404 404 404 404 404 404
            GET  /admin/pengguna                              | login login 403 403 403 200
            POST /admin/pengguna/baru nama=                   | 404 404 403 403 403 400
            POST /admin/pengguna/{user}/nonaktifkan           | 404 404 403 403 403 303
            POST /admin/pengguna/{user}/aktifkan              | 404 404 403 403 403 303
            """.replace("LESSON", LESSON).replace("DESIGN", DESIGN).replace("DASH", DASH)
            .replace("PLAN", PLAN);

    private TestApp app;
    private AccessWorld world;

    /** The app the matrix walks; on SQLite here, on PostgreSQL in {@link AccessMatrixPostgresTest}. */
    TestApp startApp() {
        return TestApp.start();
    }

    void stopApp(TestApp started) {
        started.close();
    }

    @BeforeAll
    void start() {
        app = startApp();
        world = new AccessWorld(app);
    }

    @AfterAll
    void stop() {
        stopApp(app);
    }

    /** One line of the matrix. */
    private record Row(String method, String path, String fields, List<String> expected) {
        static Row parse(String line) {
            String[] halves = line.split("\\|");
            String[] request = halves[0].trim().split("\\s+");
            List<String> expected = List.of(halves[1].trim().split("\\s+"));
            if (expected.size() != AccessWorld.ROLES.size()) {
                throw new IllegalArgumentException("one status per role: " + line);
            }
            return new Row(request[0], request[1], request.length > 2 ? request[2] : "", expected);
        }

        String route() {
            return method + " " + path;
        }
    }

    private List<Row> rows() {
        return MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Row::parse)
                .toList();
    }

    @Test
    void every_role_gets_what_the_matrix_says_on_every_route_and_a_refusal_changes_nothing() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (int i = 0; i < AccessWorld.ROLES.size(); i++) {
                String role = AccessWorld.ROLES.get(i);
                String expected = row.expected().get(i);
                Http http = world.who(role);
                String path = world.fill(row.path());
                boolean refused = expected.equals("login") || expected.equals("403") || expected.equals("404");
                var before = refused ? DatabaseSnapshot.of(app.database().jdbi()) : null;
                HttpResponse<String> r = send(http, row.method(), path, world.fill(row.fields()));
                String got = shown(r, path);
                if (!got.equals(expected)) {
                    wrong.add(row.route() + " as " + role + ": expected " + expected + ", got " + got);
                } else if (refused && !before.equals(DatabaseSnapshot.of(app.database().jdbi()))) {
                    wrong.add(row.route() + " as " + role + ": refused, yet the database changed");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The declared route a row's request reaches, as the table names it. */
    private String routeOf(Row row) {
        String path = row.path().replaceAll("\\{[a-z!]+}", "x").replaceAll("\\?.*", "");
        return app.routeOf(row.method().equals("SSE") ? "GET" : row.method(), path);
    }

    @Test
    void every_route_of_the_app_has_a_row() {
        Set<String> reached = new LinkedHashSet<>();
        for (Row row : rows()) {
            reached.add(routeOf(row));
        }
        List<String> missing = app.routeTable().routes().stream().map(RouteTable.Route::name)
                .filter(r -> !reached.contains(r)).toList();
        assertEquals(List.of(), missing, "routes with no row in the access matrix");
    }

    @Test
    void the_server_serves_the_route_table_and_nothing_else() {
        assertEquals(new TreeSet<>(app.routeTable().routes().stream().map(RouteTable.Route::name).toList()),
                new TreeSet<>(app.routes()), "every route is declared in the route table with who may use it");
    }

    @Test
    void every_row_agrees_with_the_access_its_route_declares() {
        Map<String, Access> declared = new LinkedHashMap<>();
        app.routeTable().routes().forEach(r -> declared.put(r.name(), r.access()));
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            Access access = declared.get(routeOf(row));
            String stranger = row.method().equals("POST") ? "404" : "login";
            for (int i = 0; i < AccessWorld.ROLES.size(); i++) {
                String role = AccessWorld.ROLES.get(i);
                String got = row.expected().get(i);
                boolean account = i >= 2;
                boolean staff = i >= 3;
                boolean admin = i == 5;
                boolean admitted = switch (access) {
                    case ANYONE -> true;
                    case ACCOUNT -> account;
                    case STAFF -> staff;
                    case ADMIN -> admin;
                };
                String ok = admitted ? (got.equals("login") || got.equals("403") ? null : got)
                        : account ? "403" : stranger;
                if (!got.equals(ok)) {
                    wrong.add(row.route() + " is " + access + ", yet " + role + " gets " + got);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private HttpResponse<String> send(Http http, String method, String path, String fields) {
        if (method.equals("GET")) {
            return http.get(path);
        }
        if (method.equals("SSE")) {
            return http.openStream(path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : fields.isEmpty() ? new String[0] : fields.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return http.submit("/masuk", path, form);
    }

    /** The status as the matrix writes it: {@code login} for a 303 to the login page that comes back here. */
    private String shown(HttpResponse<String> r, String path) {
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() == 303 && location.startsWith("/masuk?ke=")) {
            String back = URLDecoder.decode(location.substring("/masuk?ke=".length()), StandardCharsets.UTF_8);
            return back.equals(path) ? "login" : "login to " + back;
        }
        return Integer.toString(r.statusCode());
    }
}
