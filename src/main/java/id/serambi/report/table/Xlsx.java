package id.serambi.report.table;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes tables as an Excel workbook, one sheet per table: the caption in the first row, the
 * headings in the second (frozen), then the rows. Text goes in as text cells, never formulas, and
 * is neutralised like the CSV's all the same, because a sheet copied out as CSV would carry it. The
 * workbook is streamed (Apache POI's SXSSF), so ten thousand responses do not sit in memory.
 */
public final class Xlsx {
    /** Excel's limit for one cell's text. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private Xlsx() {
    }

    /** A sheet's tab name (made safe and unique when written) and its table. */
    public record Sheet(String name, Table table) {
    }

    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            Map<Integer, CellStyle> numbers = new HashMap<>();
            Set<String> taken = new HashSet<>();
            for (Sheet s : sheets) {
                SXSSFSheet sheet = wb.createSheet(unique(s.name(), taken));
                Table t = s.table();
                text(sheet.createRow(0), 0, t.caption()).setCellStyle(heading);
                Row header = sheet.createRow(1);
                for (int c = 0; c < t.header().size(); c++) {
                    text(header, c, t.header().get(c)).setCellStyle(heading);
                }
                sheet.createFreezePane(0, 2);
                sheet.setColumnWidth(0, 40 * 256);
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    List<Cell> cells = t.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) instanceof Cell.Num n) {
                            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                            cell.setCellValue(n.value());
                            cell.setCellStyle(numbers.computeIfAbsent(n.decimals(), d -> {
                                CellStyle style = wb.createCellStyle();
                                style.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
                                return style;
                            }));
                        } else {
                            text(row, c, ((Cell.Plain) cells.get(c)).text());
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell text(Row row, int column, String text) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        String safe = Csv.neutralise(text);
        cell.setCellValue(safe.length() > MAX_TEXT ? safe.substring(0, MAX_TEXT) : safe);
        return cell;
    }

    /**
     * A tab name Excel accepts: no {@code []:*?/\}, at most 31 characters, not blank, and unique
     * without regard to case (Excel refuses two tabs that differ only in case).
     */
    static String unique(String name, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(name.isBlank() ? "Sheet" : name.strip());
        String candidate = base;
        for (int i = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
