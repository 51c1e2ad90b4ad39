package id.serambi.gates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * What a page costs a phone on a weak connection: its HTML and the same-origin style sheets and
 * scripts it loads, each as gzip sends it. Images are left out: they have their own budget.
 */
public final class PageWeight {
    /** The budget of one page, in gzipped bytes. */
    public static final int BUDGET = 30 * 1024;

    private PageWeight() {
    }

    /** One file of a page and its size gzipped. */
    public record Part(String url, int rawBytes, int gzipBytes) {
        public static Part of(String url, byte[] raw) {
            return new Part(url, raw.length, gzipSize(raw));
        }
    }

    public static int gzipSize(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    public static int total(List<Part> parts) {
        return parts.stream().mapToInt(Part::gzipBytes).sum();
    }

    /** Why the page is over budget, with each part's share; empty when it fits. */
    public static Optional<String> overBudget(List<Part> parts, int budget) {
        int total = total(parts);
        if (total <= budget) {
            return Optional.empty();
        }
        return Optional.of(total + " bytes gzipped, budget " + budget + ": " + parts.stream()
                .map(p -> p.url() + " " + p.gzipBytes() + " B (raw " + p.rawBytes() + " B)")
                .collect(Collectors.joining(", ")));
    }
}
