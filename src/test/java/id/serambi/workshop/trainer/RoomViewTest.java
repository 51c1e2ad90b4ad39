package id.serambi.workshop.trainer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoomViewTest {
    @Test
    void a_result_is_named_by_its_role_unless_its_title_already_says_it() {
        assertEquals("Kuis modul: Kuis Media Sosial", RoomView.labelled("Kuis modul", "Kuis Media Sosial"));
        assertEquals("Tes awal: Media Sosial", RoomView.labelled("Tes awal", "Tes awal: Media Sosial"));
        assertEquals("Evaluasi Pelatihan", RoomView.labelled("Evaluasi", "Evaluasi Pelatihan"));
        assertEquals("pre-test: Social Media", RoomView.labelled("Pre-test", "pre-test: Social Media"), "case aside");
    }
}
