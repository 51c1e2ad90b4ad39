package id.serambi.report.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180): UTF-8 with a byte order mark, so Excel shows Indonesian text
 * right when the file is opened with a double click; commas between fields; CRLF after every
 * record; a field in double quotes when it holds a comma, a quote, CR or LF, its quotes doubled.
 * Written by hand rather than with Commons CSV: the format is a dozen lines, and the exact bytes
 * (which the tests check) stay in view here instead of behind a library's quoting rules.
 *
 * <p>Text that a spreadsheet would read as a formula (starting with = + - @, tab or CR) gets a
 * single quote in front, as OWASP advises against CSV injection; numbers are written as numbers.
 */
public final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** The header, then one record per row. The stream is flushed, not closed. */
    public static void write(Table table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        record(w, table.header().stream().map(h -> field(neutralise(h))).toList());
        for (List<Cell> row : table.rows()) {
            record(w, row.stream().map(Csv::field).toList());
        }
        w.flush();
    }

    public static byte[] bytes(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void record(Writer w, List<String> fields) throws IOException {
        w.write(String.join(",", fields));
        w.write("\r\n");
    }

    private static String field(Cell cell) {
        return cell instanceof Cell.Num n ? n.plain() : field(neutralise(((Cell.Plain) cell).text()));
    }

    private static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text a spreadsheet would run as a formula, made inert with a leading single quote. */
    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
