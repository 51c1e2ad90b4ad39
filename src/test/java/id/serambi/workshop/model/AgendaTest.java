package id.serambi.workshop.model;

import id.serambi.workshop.store.WorkshopStoreContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaTest {
    @Test
    void items_follow_the_session_pre_test_modules_module_quizzes_tasks_post_test_evaluation_skm() {
        Agenda agenda = Agenda.of(WorkshopStoreContract.draft("t", 30));
        assertEquals(List.of("kuis:tes-awal", "modul:media-sosial", "kuis:kuis-media-sosial", "latihan:madatte/domisili",
                        "kuis:tes-akhir", "kuis:evaluasi-pelatihan", "kuis:skm"),
                agenda.items().stream().map(Item::code).toList());
        assertEquals(List.of("tes-awal", "kuis-media-sosial", "tes-akhir", "evaluasi-pelatihan", "skm"),
                agenda.items().stream().filter(i -> i.kind() == Item.Kind.QUIZ).map(Item::id).toList());
    }

    @Test
    void only_codes_of_the_workshops_own_items_are_found() {
        Agenda agenda = Agenda.of(WorkshopStoreContract.draft("t", 30));
        assertEquals(Optional.of(Item.quiz("tes-akhir")), agenda.find("kuis:tes-akhir"));
        assertEquals(Optional.of(Item.task("madatte", "domisili")), agenda.find("latihan:madatte/domisili"));
        assertEquals(Optional.empty(), agenda.find("kuis:kuis-lain"));
        assertEquals(Optional.empty(), agenda.find("tes-akhir"));
        assertEquals(Optional.empty(), agenda.find(""));
        assertTrue(agenda.hasQuiz("skm"));
        assertFalse(agenda.hasQuiz("media-sosial"), "a module is not a quiz");
    }
}
