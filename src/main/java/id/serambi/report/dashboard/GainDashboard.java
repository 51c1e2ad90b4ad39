package id.serambi.report.dashboard;

import id.serambi.quiz.result.Attempt;
import id.serambi.report.stats.Gain;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pre/post page shows: Hake's class gain and the mean of individual gains over the
 * participants who took both tests, each with its band, and every pair in a table.
 */
final class GainDashboard {
    private final Gain gain;
    private final ReportText text;
    private final Map<String, String> names;

    /**
     * @param pre   the attempt that counts for each participant of the pre-test; {@code post} likewise
     * @param scope whose names the viewer sees: those given in the viewer's own workshops
     */
    GainDashboard(List<Attempt> pre, List<Attempt> post, ReportText text, Scope scope) {
        this.gain = Gain.of(pre, post);
        this.text = text;
        this.names = new HashMap<>();
        for (Attempt a : java.util.stream.Stream.concat(pre.stream(), post.stream()).toList()) {
            if (scope.names(a.workshopId())) {
                a.name().ifPresent(n -> names.put(a.participantId(), n));
            }
        }
    }

    Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("pairs", gain.pairs());
        m.put("preMean", text.percent(gain.preMean()));
        m.put("postMean", text.percent(gain.postMean()));
        m.put("classGain", text.number(gain.classGain(), 2));
        m.put("classBand", band(gain.classBand()));
        m.put("meanGain", text.number(gain.meanIndividual(), 2));
        m.put("meanBand", band(gain.meanIndividualBand()));
        m.put("undefined", gain.undefined());
        m.put("pairTable", text.view(pairs()));
        return m;
    }

    Table pairs() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Gain.Individual i : gain.individual()) {
            rows.add(List.of(Cell.of(names.getOrDefault(i.participantId(), i.participantId())), Cell.of(i.pre(), 1),
                    Cell.of(i.post(), 1),
                    i.gain().isPresent() ? Cell.of(i.gain().getAsDouble(), 2) : Cell.of(text.get("report.gain.undefined.cell")),
                    Cell.of(band(i.band()))));
        }
        return new Table(text.get("report.gain.pairs.title"), List.of(text.get("report.col.participant"),
                text.get("report.gain.pre"), text.get("report.gain.post"), text.get("report.gain.individual"),
                text.get("report.gain.band")), rows);
    }

    private String band(Optional<Gain.Band> band) {
        return band.map(b -> text.get("report.gain.band." + b.name().toLowerCase(java.util.Locale.ROOT))).orElse("\u2013");
    }
}
