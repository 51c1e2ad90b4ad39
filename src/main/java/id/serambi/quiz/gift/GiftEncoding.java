package id.serambi.quiz.gift;

import id.serambi.content.Problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads a GIFT file's bytes as UTF-8, the only encoding Moodle's format allows. A file saved as
 * UTF-16 (Notepad's "Unicode") or as ANSI / Windows-1252 is refused with a message that says which,
 * and where, rather than read as mangled text. A UTF-8 byte order mark is accepted.
 */
public final class GiftEncoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private GiftEncoding() {
    }

    /** The text with {@code \n} line ends, or empty with a problem. */
    public static Optional<String> decode(String path, byte[] bytes, List<Problem> problems) {
        if (utf16(bytes)) {
            problems.add(Problem.at(path, 1, "quiz.gift.encoding.utf16"));
            return Optional.empty();
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            byte bad = bytes[at];
            problems.add(Problem.at(path, lineOf(bytes, at), "quiz.gift.encoding.invalid",
                    HexFormat.of().withUpperCase().toHexDigits(bad),
                    new String(new byte[] {bad}, WINDOWS_1252)));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** A UTF-16 byte order mark, or the zero bytes that UTF-16 puts beside every ASCII letter. */
    private static boolean utf16(byte[] bytes) {
        if (bytes.length >= 2) {
            int a = bytes[0] & 0xFF;
            int b = bytes[1] & 0xFF;
            if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
                return true;
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
