package id.serambi.workshop.join;

import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStoreContract;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeatTakerTest {
    private static Workshop in(Workshop.State state, Optional<String> open) {
        Workshop d = WorkshopStoreContract.draft("t", 30);
        return new Workshop("w", Optional.of(new JoinCode("ACDEFG")), d.title(), d.kelurahan(), d.place(), d.date(),
                d.owner(), d.modules(), d.quizzes(), d.tasks(), state, open, d.capacity());
    }

    @Test
    void only_the_open_quiz_of_an_open_workshop_takes_answers() {
        Item pre = Item.quiz("tes-awal");
        assertEquals(Optional.empty(), SeatTaker.frozen(in(Workshop.State.OPEN, Optional.of("kuis:tes-awal")), pre, () -> true));
        assertEquals(Optional.of("room.frozen.item"),
                SeatTaker.frozen(in(Workshop.State.OPEN, Optional.of("kuis:tes-akhir")), pre, () -> true));
        assertEquals(Optional.of("room.frozen.notyet"),
                SeatTaker.frozen(in(Workshop.State.OPEN, Optional.empty()), pre, () -> false));
        assertEquals(Optional.of("room.frozen.workshop"),
                SeatTaker.frozen(in(Workshop.State.CLOSED, Optional.empty()), pre, () -> true));
    }
}
