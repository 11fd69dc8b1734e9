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
}
