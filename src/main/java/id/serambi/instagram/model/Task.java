package id.serambi.instagram.model;

import id.serambi.content.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A practice task bundled with the planner ({@code content/instagram/<id>.yaml}): what to do, how
 * many weeks the plan must cover, the plan it starts from (a flawed one to fix, or none), and the
 * comments the practice adds. A plan passes when the checks find nothing.
 */
public record Task(String id, Text title, Text brief, int weeks, Optional<Plan> start, Practice practice) {

    public String url() {
        return "/instagram/tugas/" + id;
    }

    /** Everything the checks find in {@code plan}, and whether it covers the weeks asked for. */
    public List<Finding> check(PlanChecks checks, Plan plan) {
        List<Finding> out = new ArrayList<>();
        if (plan.weeks() < weeks) {
            out.add(Finding.of(Rule.WEEKLY, "", "ig.check.task.weeks", weeks, plan.weeks()));
        }
        out.addAll(checks.check(plan, practice));
        return out;
    }
}
