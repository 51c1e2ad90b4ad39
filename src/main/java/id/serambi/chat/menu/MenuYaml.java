package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes a menu in the same YAML form authors write by hand, so an export can be read back. */
public final class MenuYaml {
    private MenuYaml() {
    }

    public static String write(Menu menu) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new TreeRepresenter(options), options).dump(MenuTree.of(menu));
    }

    /** Multi-line texts as literal blocks ({@code |-}), as a person would write a message. */
    private static final class TreeRepresenter extends Representer {
        TreeRepresenter(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String s = (String) data;
                return s.indexOf('\n') >= 0 ? representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL)
                        : representScalar(Tag.STR, s);
            });
            representers.put(MenuTree.Numbers.class,
                    data -> representSequence(Tag.SEQ, (Iterable<?>) data, DumperOptions.FlowStyle.FLOW));
        }
    }
}
