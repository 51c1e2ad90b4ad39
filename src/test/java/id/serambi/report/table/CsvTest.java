package id.serambi.report.table;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void utf8_with_bom_crlf_and_rfc_4180_quoting_byte_for_byte() {
        Table t = new Table("x", List.of("Respons", "Saran, kritik"), List.of(
                List.of(Cell.of("r1"), Cell.of("Pelayanan \"cepat\"\nterima kasih")),
                List.of(Cell.of("r2"), Cell.of("Jam buka lebih panjang")),
                List.of(Cell.of(3.25, 2), Cell.of(""))));
        byte[] expected = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("Respons,\"Saran, kritik\"\r\n"
                        + "r1,\"Pelayanan \"\"cepat\"\"\nterima kasih\"\r\n"
                        + "r2,Jam buka lebih panjang\r\n"
                        + "3.25,\r\n").getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(expected, Csv.bytes(t));
    }

    @Test
    void indonesian_and_other_non_ascii_text_is_written_as_utf8() {
        // "é" is C3 A9 and "–" (en dash) E2 80 93 in UTF-8.
        byte[] bytes = Csv.bytes(new Table("x", List.of("a"), List.of(List.of(Cell.of("Café – Kelurahan")))));
        byte[] body = Arrays.copyOfRange(bytes, 3 + 3, bytes.length);
        assertArrayEquals(concat("Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, (byte) 0xA9, ' ',
                (byte) 0xE2, (byte) 0x80, (byte) 0x93}, " Kelurahan\r\n".getBytes(StandardCharsets.US_ASCII)), body);
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_quote() {
        Table t = new Table("x", List.of("=HEADER"), List.of(
                List.of(Cell.of("=HYPERLINK(\"http://x\",\"klik\")")),
                List.of(Cell.of("+62 812")),
                List.of(Cell.of("-1+1")),
                List.of(Cell.of("@SUM(A1)")),
                List.of(Cell.of("\tTAB")),
                List.of(Cell.of("\rCR")),
                List.of(Cell.of("a=1")),
                List.of(Cell.of(-2.5, 1))));
        String text = new String(Csv.bytes(t), StandardCharsets.UTF_8).substring(1);
        assertEquals("'=HEADER\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"\r\n"
                + "'+62 812\r\n"
                + "'-1+1\r\n"
                + "'@SUM(A1)\r\n"
                + "'\tTAB\r\n"
                + "\"'\rCR\"\r\n"
                + "a=1\r\n"
                + "-2.5\r\n", text, "numbers of our own stay numbers; only text is neutralised");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
