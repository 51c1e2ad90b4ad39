package id.serambi.chat.designer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A menu file uploaded to the designer: a YAML or JSON text file of bounded size, in UTF-8. What
 * is wrong with it is a message key with its arguments, so the page can say it in the reader's
 * language; reading the menu inside is {@link Designs#read}'s business.
 */
final class DesignUpload {
    /** Far above any real menu (the extended Madatte menu is under 20 KB) and small enough to parse at once. */
    static final int MAX_BYTES = 256 * 1024;
    private static final List<String> SUFFIXES = List.of(".yaml", ".yml", ".json");

    private DesignUpload() {
    }

    /** The file's text, or why it cannot be imported. */
    record Read(Optional<String> text, String key, List<Object> args) {
        static Read refused(String key, Object... args) {
            return new Read(Optional.empty(), key, List.of(args));
        }
    }

    /** Whether a file of this name and size is worth reading at all; empty when it is. */
    static Optional<Read> refusal(String filename, long size) {
        String name = filename == null ? "" : filename.strip();
        if (name.isEmpty() && size <= 0) {
            return Optional.of(Read.refused("designer.upload.none"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SUFFIXES.stream().noneMatch(lower::endsWith)) {
            return Optional.of(Read.refused("designer.upload.type", name));
        }
        if (size > MAX_BYTES) {
            return Optional.of(Read.refused("designer.upload.big", name, kilobytes(size), MAX_BYTES / 1024));
        }
        return Optional.empty();
    }

    /** Reads the bytes of a file that passed {@link #refusal}: UTF-8 text (a byte order mark is dropped). */
    static Read read(String filename, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Read.refused("designer.upload.big", filename, kilobytes(bytes.length), MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Read.refused("designer.upload.encoding", filename);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return Read.refused("designer.upload.encoding", filename);
        }
        if (text.isBlank()) {
            return Read.refused("designer.upload.empty", filename);
        }
        return new Read(Optional.of(text.replace("\r\n", "\n").replace('\r', '\n')), "", List.of());
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
