package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;

import java.util.Map;
import java.util.Optional;

/**
 * What one designer edit gives: the edited menu, or the errors by form field (a message key each).
 * A field name starting with "!" is about the form as a whole.
 */
record DesignEdit(Optional<Menu> menu, Map<String, String> errors) {
    DesignEdit {
        errors = Map.copyOf(errors);
    }

    static DesignEdit of(Menu menu) {
        return new DesignEdit(Optional.of(menu), Map.of());
    }

    static DesignEdit failed(Map<String, String> errors) {
        return new DesignEdit(Optional.empty(), errors);
    }

    static DesignEdit failed(String field, String key) {
        return failed(Map.of(field, key));
    }

    /** The edit of a node that is no longer there: the page was older than the menu. */
    static DesignEdit gone() {
        return failed(DesignForm.NODE, "designer.error.node");
    }

    boolean nodeGone() {
        return errors.containsKey(DesignForm.NODE);
    }
}
