package id.serambi.gates;

import id.serambi.support.Browser.AxeViolation;

import java.util.List;

/** axe-core's findings that fail a page: those of impact serious or critical. */
public final class AccessibilityCheck {
    /** How many offending elements a failure message names per rule. */
    static final int TARGETS_SHOWN = 3;

    private AccessibilityCheck() {
    }

    /** One line per serious or critical rule broken: rule id, impact, help, the first offending elements. */
    public static List<String> problems(List<AxeViolation> violations) {
        return violations.stream()
                .filter(AxeViolation::seriousOrWorse)
                .map(v -> v.id() + " (" + v.impact() + ", " + v.nodes().size() + " element"
                        + (v.nodes().size() == 1 ? "" : "s") + "): " + v.help() + " — "
                        + v.nodes().stream().limit(TARGETS_SHOWN)
                                .map(n -> String.join(" ", n.target()))
                                .toList()
                        + (v.nodes().size() > TARGETS_SHOWN ? " …" : "") + " " + v.helpUrl())
                .toList();
    }
}
