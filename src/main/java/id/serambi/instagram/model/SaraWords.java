package id.serambi.instagram.model;

import id.serambi.content.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The word list of the SARA check ({@code instagram/sara-kata.tsv} in the jar): each word or
 * phrase with why it hurts. A match is shown to the author as a finding that explains itself;
 * nothing is blocked, since a word may be quoted or used in a fair sense.
 */
public final class SaraWords {
    static final String RESOURCE = "/instagram/sara-kata.tsv";

    /** One entry: the word as listed, and why it is flagged. */
    public record Entry(String word, Text reason, Pattern pattern) {
    }

    private final List<Entry> entries;

    public SaraWords(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The bundled list. */
    public static SaraWords bundled() {
        try (InputStream in = SaraWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SaraWords parse(String tsv) {
        List<Entry> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException("word, reason, English reason: " + line);
            }
            String word = cells[0].strip().toLowerCase(Locale.ROOT);
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out.add(new Entry(word, Text.of(cells[1].strip(), cells[2].strip()), p));
        }
        return new SaraWords(out);
    }

    /** The first listed word that {@code text} contains, if any. */
    public Optional<Entry> first(String text) {
        return entries.stream().filter(e -> e.pattern().matcher(text).find()).findFirst();
    }

    public List<Entry> entries() {
        return entries;
    }
}
