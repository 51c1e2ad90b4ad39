package id.serambi.report.table;

import id.serambi.i18n.Lang;
import id.serambi.report.dashboard.ExportTables;
import id.serambi.report.dashboard.ExportTablesTest;
import id.serambi.report.summary.SummariesTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XlsxTest {

    private static XSSFWorkbook written(List<Xlsx.Sheet> sheets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(sheets, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void a_questionnaire_gives_a_raw_sheet_then_one_sheet_per_question() throws Exception {
        List<Xlsx.Sheet> sheets = ExportTables.workbook(SummariesTest.FORM, ExportTablesTest.responses(), Set.of(),
                Lang.ID, ExportTablesTest.WORDS, ExportTablesTest.WITA, "Respons");
        try (XSSFWorkbook wb = written(sheets)) {
            assertEquals(6, wb.getNumberOfSheets());
            assertEquals(List.of("Respons", "layanan", "puas", "jelas", "bintang", "saran"),
                    List.of(0, 1, 2, 3, 4, 5).stream().map(wb::getSheetName).toList());
            XSSFSheet raw = wb.getSheet("Respons");
            assertEquals("Evaluasi", raw.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Kelompok", raw.getRow(1).getCell(1).getStringCellValue());
            assertEquals("r2", raw.getRow(3).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, raw.getRow(3).getCell(5).getCellType(), "a Likert value stays a number");
            assertEquals(4, raw.getRow(3).getCell(5).getNumericCellValue());
            XSSFSheet services = wb.getSheet("layanan");
            assertEquals("Layanan apa?", services.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Kelakuan baik", services.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1, services.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(100, services.getRow(2).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void text_that_looks_like_a_formula_is_written_as_neutralised_text() throws Exception {
        Table t = new Table("=caption", List.of("a"), List.of(List.of(Cell.of("=1+1")), List.of(Cell.of("@cmd")),
                List.of(Cell.of("biasa"))));
        try (XSSFWorkbook wb = written(List.of(new Xlsx.Sheet("s", t)))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType());
            assertEquals("'=1+1", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("'@cmd", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals("biasa", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals("'=caption", s.getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void tab_names_are_made_safe_short_and_unique_without_regard_to_case() {
        Set<String> taken = new HashSet<>();
        assertEquals("a b", Xlsx.unique("a/b", taken), "Excel refuses / in a tab name");
        assertEquals("Sheet", Xlsx.unique("  ", taken));
        assertEquals("Saran", Xlsx.unique("Saran", taken));
        assertEquals("saran (2)", Xlsx.unique("saran", taken));
        String longName = "Pertanyaan dengan nama yang sangat panjang sekali";
        String first = Xlsx.unique(longName, taken);
        assertEquals(31, first.length());
        String second = Xlsx.unique(longName, taken);
        assertEquals(31, second.length());
        assertEquals(first.substring(0, 27) + " (2)", second);
    }
}
