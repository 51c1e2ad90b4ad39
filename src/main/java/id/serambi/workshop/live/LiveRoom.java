package id.serambi.workshop.live;

import id.serambi.course.CourseSource;
import id.serambi.course.Module;
import id.serambi.i18n.Messages;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.web.Pages;
import id.serambi.web.PublicAddress;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RoomReads;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The live room's parts, built together as they share their reads: the hub that pushes each room
 * to its listeners, the streams and snapshots, and the projector. The app starts the hub when the
 * server has started and closes it when the server stops.
 */
public record LiveRoom(LiveHub hub, LiveController live, ProjectorController projector) {

    public static LiveRoom create(Jdbi jdbi, ItemTitles titles, CourseSource course, Function<Context, Workshop> mine,
                                  LiveResults results, Pages pages, Messages messages, PublicAddress address,
                                  Clock clock) {
        RoomReads reads = new RoomReads(jdbi);
        RoomPulse pulse = new RoomPulse(reads, titles,
                module -> course.catalog().module(module).map(Module::lessonKeys).orElse(List.of()), clock);
        LiveHub hub = new LiveHub(pulse::read, reads::touch, clock);
        return new LiveRoom(hub, new LiveController(reads, pulse, hub, mine, clock),
                new ProjectorController(mine, pulse, results, pages, messages, address));
    }
}
