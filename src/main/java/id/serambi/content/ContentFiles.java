package id.serambi.content;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** File reading shared by the content loaders: strict UTF-8, and paths as authors see them. */
public final class ContentFiles {
    private final Path root;

    public ContentFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The path relative to the content root, with forward slashes: what an author looks for. */
    public String display(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The file's text, or empty with a problem when it cannot be read or is not UTF-8. */
    public Optional<String> read(Path file, List<Problem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            problems.add(Problem.at(display(file), 1, "content.file.encoding"));
        } catch (IOException e) {
            problems.add(Problem.at(display(file), 1, "content.file.unreadable", e.getMessage()));
        }
        return Optional.empty();
    }

    /** A YAML file named by its id ({@code <id>.yaml}): the id, its reader of fields, its root node and top-level keys. */
    public record IdDocument(String id, YamlFields yaml, Node root, Map<String, NodeTuple> fields) {
    }

    /**
     * Reads a {@code <id>.yaml} file whose id must match {@code idPattern} and whose top-level keys
     * must be among {@code allowed}; empty, with the problems reported, when it is not so.
     */
    public Optional<IdDocument> idDocument(Path file, Pattern idPattern, Set<String> allowed, List<Problem> problems) {
        String path = display(file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        YamlFields yaml = new YamlFields(path, 1, problems);
        if (!idPattern.matcher(id).matches()) {
            yaml.problem(1, "content.id.format", id);
            return Optional.empty();
        }
        Optional<Node> doc = read(file, problems).flatMap(yaml::parse);
        return doc.flatMap(d -> yaml.fields(d, path, allowed).map(f -> new IdDocument(id, yaml, d, f)));
    }

    /** Files directly in {@code dir} whose names end with one of {@code suffixes}, sorted by name. */
    public List<Path> list(Path dir, String... suffixes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(suffixes).anyMatch(s -> f.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        }
    }
}
