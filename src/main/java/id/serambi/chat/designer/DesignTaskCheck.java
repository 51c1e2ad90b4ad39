package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Service;
import id.serambi.chat.menu.ApiChecks;
import id.serambi.chat.menu.Finding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a design against a {@link DesignTask}: for each required service, in order, the first
 * answer not yet claimed by another service whose label, or else whose first line, holds one of the
 * service's keywords (case and accents aside); that answer must carry a service standard with all
 * six components. Then the menu's own check findings must be none. Plain Java over the menu.
 */
public final class DesignTaskCheck {
    private DesignTaskCheck() {
    }

    /** What was found for one required service: {@code state} missing, no-standard, incomplete or ok. */
    public record ServiceResult(DesignTask.Required required, String state, List<Integer> node,
                                List<Service.Component> missing) {
        public boolean ok() {
            return state.equals("ok");
        }
    }

    /** The verdict: one result per required service, and the menu's findings. */
    public record Result(List<ServiceResult> services, List<Finding> findings) {
        public boolean passed() {
            return findings.isEmpty() && services.stream().allMatch(ServiceResult::ok);
        }
    }

    public static Result check(DesignTask task, Menu menu, List<Finding> findings) {
        List<Answer> answers = new ArrayList<>();
        answers(menu.root(), List.of(), answers);
        Set<List<Integer>> claimed = new HashSet<>();
        List<ServiceResult> out = new ArrayList<>();
        for (DesignTask.Required required : task.services()) {
            Optional<Answer> found = find(answers, required, claimed, true)
                    .or(() -> find(answers, required, claimed, false));
            if (found.isEmpty()) {
                out.add(new ServiceResult(required, "missing", List.of(), List.of()));
                continue;
            }
            Answer a = found.get();
            claimed.add(a.path());
            if (a.reply().service().isEmpty()) {
                out.add(new ServiceResult(required, "no-standard", a.path(), List.of()));
            } else {
                List<Service.Component> missing = a.reply().service().get().missing();
                out.add(new ServiceResult(required, missing.isEmpty() ? "ok" : "incomplete", a.path(), missing));
            }
        }
        return new Result(out, findings);
    }

    private record Answer(List<Integer> path, MenuNode.Reply reply) {
    }

    private static Optional<Answer> find(List<Answer> answers, DesignTask.Required required,
                                         Set<List<Integer>> claimed, boolean byLabel) {
        for (Answer a : answers) {
            if (claimed.contains(a.path())) {
                continue;
            }
            String where = byLabel ? a.reply().label() : a.reply().text().lines().findFirst().orElse("");
            String plain = plain(where);
            if (required.keywords().stream().anyMatch(k -> plain.contains(plain(k)))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static void answers(MenuNode node, List<Integer> path, List<Answer> out) {
        if (node instanceof MenuNode.SubMenu sub) {
            for (int i = 0; i < sub.options().size(); i++) {
                answers(sub.options().get(i), ApiChecks.child(path, i + 1), out);
            }
        } else if (node instanceof MenuNode.Reply reply) {
            out.add(new Answer(path, reply));
        }
    }

    /** Lowercase, accents removed, WhatsApp's markers and runs of spaces made single spaces. */
    static String plain(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return " " + ascii.replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }
}
