package id.serambi.chat.menu;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serambi.chat.engine.Menu;
import id.serambi.content.Problem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Menus as JSON, for the designer's import and export. JSON is read with Jackson into the same
 * SnakeYAML node tree the YAML reader uses, with each node's line, so problems point into the
 * JSON text. (SnakeYAML itself cannot read all JSON: it rejects {@code \/} and tab indentation.)
 */
public final class MenuJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private MenuJson() {
    }

    public static String write(Menu menu) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MenuTree.of(menu)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // maps, lists and strings always serialize
        }
    }

    static Optional<Node> parse(String path, String json, List<Problem> problems) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.at(path, 1, "content.file.empty"));
                return Optional.empty();
            }
            Node node = value(parser, path);
            if (parser.nextToken() != null) {
                problems.add(Problem.at(path, line(parser.currentTokenLocation()), "chat.menu.json.trailing"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : line(e.getLocation());
            problems.add(Problem.at(path, line, "chat.menu.json", e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(Problem.at(path, 1, "chat.menu.json", e.getMessage()));
        }
        return Optional.empty();
    }

    /** The value at the parser's current token, as a node marked with its line. */
    private static Node value(JsonParser p, String path) throws IOException {
        Mark mark = mark(path, p.currentTokenLocation());
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<NodeTuple> tuples = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Node key = new ScalarNode(Tag.STR, p.currentName(), mark(path, p.currentTokenLocation()), null,
                        DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                p.nextToken();
                tuples.add(new NodeTuple(key, value(p, path)));
            }
            return new MappingNode(Tag.MAP, true, tuples, mark, null, DumperOptions.FlowStyle.FLOW);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p, path));
            }
            return new SequenceNode(Tag.SEQ, true, items, mark, null, DumperOptions.FlowStyle.FLOW);
        }
        Tag tag = switch (token) {
            case VALUE_NUMBER_INT -> Tag.INT;
            case VALUE_NUMBER_FLOAT -> Tag.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> Tag.BOOL;
            case VALUE_NULL -> Tag.NULL;
            default -> Tag.STR;
        };
        String text = token == JsonToken.VALUE_NULL ? "" : p.getText();
        return new ScalarNode(tag, text, mark, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    private static Mark mark(String path, JsonLocation location) {
        return new Mark(path, 0, line(location) - 1, Math.max(location.getColumnNr() - 1, 0), new int[0], 0);
    }

    private static int line(JsonLocation location) {
        return Math.max(location.getLineNr(), 1);
    }
}
