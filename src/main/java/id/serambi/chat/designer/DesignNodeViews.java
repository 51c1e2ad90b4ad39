package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Service;
import id.serambi.chat.menu.ApiChecks;
import id.serambi.chat.menu.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.designer.DesignViews.Field;
import static id.serambi.chat.designer.DesignViews.Form;
import static id.serambi.chat.designer.DesignViews.Typed;

/**
 * The tree of options on the edit page: a form per option with its own fields, a service's six
 * components, and for a sub-menu how a bot shows it (numbered text, buttons or a list), each with
 * the findings about that option.
 */
final class DesignNodeViews {
    private final DesignViews views;

    DesignNodeViews(DesignViews views) {
        this.views = views;
    }

    /**
     * One option: its form, whether it may move up, down, be deleted or take options, and for a
     * sub-menu the fields of its bot presentation.
     */
    record NodeView(String path, String where, String kind, String label, int depth, Form form, boolean up,
                    boolean down, boolean deletable, boolean subMenu, List<Field> api) {
    }

    /** Every node of the tree in reading order, the top menu first. */
    List<NodeView> nodes(Menu m, Optional<Typed> typed, List<Finding> findings, String openPath) {
        List<NodeView> out = new ArrayList<>();
        walk(m.root(), List.of(), 1, 1, typed, findings, openPath, out);
        return out;
    }

    private void walk(MenuNode node, List<Integer> path, int index, int siblings, Optional<Typed> typed,
                      List<Finding> findings, String openPath, List<NodeView> out) {
        String p = DesignTree.pathText(path);
        String formId = DesignTree.anchor(path);
        Typed t = typed.filter(x -> x.form().equals(formId)).orElse(null);
        Map<String, String> v = new HashMap<>();
        v.put("label", node.label());
        v.put("shortcut", node.shortcut());
        v.put("description", node.description().orElse(""));
        v.put("text", node.text());
        String kind = node instanceof MenuNode.SubMenu ? "submenu" : node instanceof MenuNode.HandOff ? "handoff"
                : ((MenuNode.Reply) node).service().isPresent() ? "service" : "reply";
        List<Field> fields = new ArrayList<>();
        if (!path.isEmpty()) {
            fields.add(views.field(formId, "label", "text", true, v, t));
        }
        fields.add(views.field(formId, "shortcut", "text", true, v, t));
        Field textField = views.field(formId, "text", "textarea", true, v, t);
        fields.add(new Field(textField.name(), textField.id(), views.text("designer.field.text." + kind),
                textField.hint(), textField.value(), textField.kind(), textField.error(), List.of(), true));
        if (!path.isEmpty()) {
            fields.add(views.field(formId, "description", "text", false, v, t));
        }
        if (node instanceof MenuNode.Reply reply && reply.service().isPresent()) {
            for (Service.Component c : Service.Component.values()) {
                v.put(c.key(), c.of(reply.service().get()));
                fields.add(new Field(c.key(), formId + "-" + c.key(), c.heading(),
                        views.text("designer.service.hint." + c.key()), DesignViews.value(v, t, c.key()), "textarea",
                        views.error(t, c.key()), List.of(), false));
            }
        }
        List<Field> api = node instanceof MenuNode.SubMenu sub ? api(formId, sub, t) : List.of();
        List<String> found = views.texts(findings, f -> f.node().equals(path) && (!path.isEmpty()
                || List.of("text", "shortcut", "options", "label").contains(f.field())
                || f.field().startsWith("api")));
        String where = Menu.display(path);
        String heading = path.isEmpty() ? views.text("designer.node.top") : where + ". " + node.label();
        boolean open = t != null || p.equals(openPath);
        Form form = new Form(formId, heading, "pilihan", fields, found, DesignViews.formErrors(t), open);
        out.add(new NodeView(p, where, kind, views.text("designer.kind." + kind), path.size(), form, index > 1,
                index < siblings, !path.isEmpty() && siblings > 1, node instanceof MenuNode.SubMenu, api));
        if (node instanceof MenuNode.SubMenu sub) {
            for (int i = 0; i < sub.options().size(); i++) {
                walk(sub.options().get(i), ApiChecks.child(path, i + 1), i + 1, sub.options().size(), typed,
                        findings, openPath, out);
            }
        }
    }

    /** How a bot shows the sub-menu: its type, the list's button text and the list's sections. */
    private List<Field> api(String formId, MenuNode.SubMenu sub, Typed t) {
        Map<String, String> v = new HashMap<>();
        Optional<Presentation> p = sub.api();
        v.put("api-type", p.map(x -> x.type().key()).orElse("text"));
        v.put("api-button", p.flatMap(Presentation::button).orElse(""));
        v.put("api-sections", p.map(x -> DesignNodes.sectionsText(x.sections())).orElse(""));
        String chosen = DesignViews.value(v, t, "api-type");
        List<DesignViews.Choice> choices = DesignNodes.API_TYPES.stream().map(k -> new DesignViews.Choice(k,
                views.text("designer.api.type." + k), k.equals(chosen))).toList();
        Field type = views.field(formId, "api-type", "select", false, v, t);
        return List.of(new Field(type.name(), type.id(), type.label(), type.hint(), chosen, "select", type.error(),
                        choices, false),
                views.field(formId, "api-button", "text", false, v, t),
                views.field(formId, "api-sections", "textarea", false, v, t));
    }
}
