-- The learner ids a seat's phones read and practise under: the phone it was taken with, any
-- other phone a trainer let in, and a phone whose learner id changed on logging in. The
-- trainer's roster follows the lessons read and the practice tasks reached under any of them.

create table workshop_seat_learner (
    participant_id varchar(40) not null references workshop_participant (id) on delete cascade,
    learner_id varchar(40) not null,
    primary key (participant_id, learner_id)
);
