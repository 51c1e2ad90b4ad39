package id.serambi.cli;

import java.io.PrintStream;
import java.io.Writer;

/**
 * Picocli prints help and version to a Writer; this one hands the text to the command's
 * PrintStream, so it is encoded like everything else the command prints (Java 17 cannot ask a
 * PrintStream for its charset).
 */
final class StreamWriter extends Writer {
    private final PrintStream stream;

    StreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        stream.print(new String(chars, offset, length));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    @Override
    public void close() {
        stream.flush();
    }
}
