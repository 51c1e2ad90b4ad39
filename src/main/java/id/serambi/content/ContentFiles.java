package id.serambi.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
