package id.serambi.workshop.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkshopFormTest {
    private static final Set<String> MODULES = Set.of("media-sosial");
    private static final Set<String> QUIZZES = Set.of("tes-awal", "tes-akhir", "kuis-media-sosial", "skm",
            "evaluasi-pelatihan");
    private static final Set<String> QUESTIONNAIRES = Set.of("skm", "evaluasi-pelatihan");

    private static final Set<String> TASKS = Set.of("madatte/cari-alamat", "madatte-lengkap/syarat-ktp");

    private static WorkshopForm form(String title, String date, String capacity, String preTest) {
        return form(title, date, capacity, preTest, List.of("madatte/cari-alamat"));
    }

    private static WorkshopForm form(String title, String date, String capacity, String preTest, List<String> tasks) {
        return new WorkshopForm(title, " Madatte ", "Aula", date, capacity, List.of("media-sosial"), preTest,
                List.of("kuis-media-sosial"), "tes-akhir", "", "skm", tasks);
    }

    @Test
    void a_complete_form_makes_a_draft_of_its_owner() {
        Workshop w = form("  Pelatihan   Media ", "2026-03-02", "30", "tes-awal").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS)
                .workshop().orElseThrow();
        assertEquals("Pelatihan Media", w.title());
        assertEquals("Madatte", w.kelurahan());
        assertEquals(LocalDate.of(2026, 3, 2), w.date());
        assertEquals("t1", w.owner());
        assertEquals(30, w.capacity());
        assertEquals(List.of("tes-awal", "kuis-media-sosial", "tes-akhir", "skm"), w.quizzes().all());
        assertEquals(Optional.empty(), w.quizzes().evaluation());
        assertEquals(List.of("madatte/cari-alamat"), w.tasks());
    }

    @Test
    void a_practice_task_the_simulator_does_not_have_is_refused() {
        assertEquals(Map.of("latihan", "workshop.error.unknown"), form("T", "2026-03-02", "30", "",
                List.of("madatte/cari-alamat", "madatte/tugas-hilang")).check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
    }

    @Test
    void each_wrong_field_is_named_with_its_message() {
        WorkshopForm.Checked checked = form(" ", "2 Maret", "0", "tes-hilang").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS);
        assertTrue(checked.workshop().isEmpty());
        assertEquals(Map.of("judul", "workshop.error.required", "tanggal", "workshop.error.date",
                "kapasitas", "workshop.error.capacity", "kuis", "workshop.error.unknown"), checked.errors());
    }

    @Test
    void capacity_is_bounded_and_must_be_a_number() {
        assertEquals(Map.of("kapasitas", "workshop.error.capacity"),
                form("T", "2026-03-02", "1001", "").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
        assertEquals(Map.of("kapasitas", "workshop.error.capacity"),
                form("T", "2026-03-02", "banyak", "").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
        assertEquals(Map.of(), form("T", "2026-03-02", "1000", "").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
    }

    @Test
    void a_questionnaire_as_a_test_or_a_quiz_as_a_survey_is_refused() {
        assertEquals(Map.of("kuis", "workshop.error.kind"),
                form("T", "2026-03-02", "30", "skm").check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
        WorkshopForm quizAsSkm = new WorkshopForm("T", "M", "A", "2026-03-02", "30", List.of(), "", List.of(), "",
                "", "tes-akhir", List.of());
        assertEquals(Map.of("kuis", "workshop.error.kind"),
                quizAsSkm.check("t1", MODULES, QUIZZES, QUESTIONNAIRES, TASKS).errors());
    }

    @Test
    void a_new_form_proposes_the_usual_roles_where_the_course_has_them() {
        WorkshopForm proposed = WorkshopForm.proposed(LocalDate.of(2026, 12, 7), List.of("media-sosial"),
                List.of("kuis-media-sosial"), QUIZZES, QUESTIONNAIRES);
        assertEquals(List.of("tes-awal", "tes-akhir", "evaluasi-pelatihan", "skm"),
                List.of(proposed.preTest(), proposed.postTest(), proposed.evaluation(), proposed.skm()));
        assertEquals(List.of("kuis-media-sosial"), proposed.moduleQuizzes());
        assertEquals("2026-12-07", proposed.date());
        WorkshopForm bare = WorkshopForm.proposed(LocalDate.of(2026, 12, 7), List.of(), List.of(), Set.of("lain"),
                Set.of());
        assertEquals(List.of("", "", "", ""), List.of(bare.preTest(), bare.postTest(), bare.evaluation(), bare.skm()));
    }
}
