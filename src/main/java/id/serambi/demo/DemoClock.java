package id.serambi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock set to each demo answer's moment, so that attempts are stored as if taken then. */
final class DemoClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    DemoClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new DemoClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
