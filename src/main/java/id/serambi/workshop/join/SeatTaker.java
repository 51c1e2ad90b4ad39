package id.serambi.workshop.join;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.Taker;
import id.serambi.quiz.take.Taking;
import id.serambi.workshop.model.Agenda;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RoomStore;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A phone holding a seat takes the quizzes of its workshop as the seat: its answers count for the
 * workshop, under the name and group given on joining. Only the quiz the trainer has open takes
 * answers; before it is opened, after it is closed and once the workshop is closed, the seat's
 * answers stay as they are. Any other quiz, and any visitor without a seat, is taken alone.
 */
public final class SeatTaker implements Taker {
    /** Why answers cannot be given to a step the trainer has not opened yet. */
    private static final String NOT_YET = "room.frozen.notyet";

    private final WorkshopStore workshops;
    private final RoomStore room;
    private final Clock clock;

    public SeatTaker(WorkshopStore workshops, RoomStore room, Clock clock) {
        this.workshops = workshops;
        this.room = room;
        this.clock = clock;
    }

    @Override
    public Taking of(Map<String, String> cookies, String learnerId, Quiz quiz) {
        Optional<Participant> seat = workshops.seat(cookies.get(SeatToken.COOKIE), learnerId, Instant.now(clock));
        Optional<Workshop> workshop = seat.flatMap(p -> workshops.find(p.workshop()))
                .filter(w -> Agenda.of(w).hasQuiz(quiz.id()));
        if (workshop.isEmpty()) {
            return Taking.alone(learnerId);
        }
        Participant p = seat.get();
        Workshop w = workshop.get();
        Item item = Item.quiz(quiz.id());
        AttemptRow.Respondent respondent = new AttemptRow.Respondent(AttemptRow.Group.of(p.group().code()),
                quiz.settings().anonymous() ? Optional.empty() : Optional.of(p.name()), Optional.of(w.kelurahan()));
        Optional<String> frozen = frozen(w, item, () -> room.wasOpened(w.id(), item));
        boolean stepClosed = frozen.isPresent() && !frozen.get().equals(NOT_YET);
        return new Taking(p.learnerId(), Optional.of(w.id()), Optional.of(respondent), frozen,
                w.code().map(c -> JoinController.waiting(c)), stepClosed);
    }

    /**
     * Why a seat's answers to {@code item} cannot change now, as a message key; empty while the
     * trainer has it open in an open workshop.
     */
    static Optional<String> frozen(Workshop w, Item item, java.util.function.BooleanSupplier wasOpened) {
        if (w.state() == Workshop.State.CLOSED) {
            return Optional.of("room.frozen.workshop");
        }
        if (w.isOpen() && w.openItem().equals(Optional.of(item.code()))) {
            return Optional.empty();
        }
        return Optional.of(wasOpened.getAsBoolean() ? "room.frozen.item" : NOT_YET);
    }
}
