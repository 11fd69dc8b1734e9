package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;

class ApplicantFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static ApplicantImport read(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return ApplicantFile.read(body, TODAY);
        }
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return ApplicantFile.read(withBom, TODAY);
    }

    @Test
    void aDanishExcelFileWithBomAndSemicolonsIsRead() {
        ApplicantImport read = read("""
                Fornavn;Efternavn;E-mail;Telefon;Fødselsdato;Sprog
                Søren;Ærø;soeren@demo.example;+45 20 00 00 01;31-05-1990;dansk
                Åse;Østergård;aase@demo.example;;1988-02-29;en
                """, true);
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.rows().size());
        NewTrainee first = read.rows().get(0).trainee();
        assertEquals("Søren", first.givenName());
        assertEquals("Ærø", first.familyName());
        assertEquals(LocalDate.of(1990, 5, 31), first.dateOfBirth());
        assertEquals(Language.EN, read.rows().get(1).trainee().language());
        assertEquals(3, read.rows().get(1).line());
    }

    @Test
    void anEnglishFileWithCommasAndQuotesIsReadToo() {
        ApplicantImport read = read("""
                First name,Last name,Email
                "Mary Ann",O'Neill,mary@demo.example
                """, false);
        assertTrue(read.isValid(), read.problems().toString());
        assertEquals("Mary Ann", read.rows().get(0).trainee().givenName());
        assertEquals(Language.DA, read.rows().get(0).trainee().language(), "Danish unless the file says otherwise");
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumnAndNoRowIsKept() {
        ApplicantImport read = read("""
                fornavn;efternavn;e-mail;fødselsdato
                Ida;Holm;ida@demo.example;1990-01-01
                ;Lund;lund@demo.example;
                Bo;Berg;ikke-en-adresse;
                Eva;Dahl;ida@demo.example;32-13-1990
                """, false);
        assertFalse(read.isValid());
        assertEquals(List.of(), read.rows(), "a file with problems imports nobody");
        assertEquals(List.of(
                "3 import.column.GIVEN_NAME rule.required",
                "4 import.column.EMAIL rule.person.email",
                "5 import.column.DATE_OF_BIRTH import.badDate",
                "5 import.column.EMAIL import.duplicateInFile"),
                read.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void aFileWithoutTheNeededColumnsSaysWhichAreMissing() {
        ApplicantImport read = read("navn;adresse\nIda Holm;Havnegade 1\n", false);
        assertEquals(List.of("import.column.GIVEN_NAME", "import.column.FAMILY_NAME", "import.column.EMAIL"),
                read.problems().stream().map(ApplicantImport.Problem::field).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] latin1 = "fornavn;efternavn;e-mail\nS\u00f8ren;Holm;s@demo.example\n".getBytes(StandardCharsets.ISO_8859_1);
        ApplicantImport read = ApplicantFile.read(latin1, TODAY);
        assertEquals("import.notUtf8", read.problems().get(0).messageKey());
    }

    @Test
    void twoHundredRowsWithOneBadOneImportNothingAndNameTheLine() {
        StringBuilder file = new StringBuilder("fornavn;efternavn;e-mail\n");
        for (int i = 1; i <= 200; i++) {
            file.append("Kursist;Nummer ").append(i).append(';')
                    .append(i == 137 ? "ingen-snabel-a" : "kursist" + i + "@demo.example").append('\n');
        }
        ApplicantImport read = read(file.toString(), true);
        assertEquals(1, read.problems().size());
        assertEquals(138, read.problems().get(0).line(), "line 1 is the header");
        assertEquals(List.of(), read.rows());
    }

    private static String applicants(int count) {
        StringBuilder file = new StringBuilder("fornavn;efternavn;e-mail\n");
        for (int i = 1; i <= count; i++) {
            file.append("Kursist;Nummer ").append(i).append(";kursist").append(i).append("@demo.example\n");
        }
        return file.toString();
    }

    @Test
    void aFileAtTheRowLimitIsReadAndOneMoreApplicantRefusesTheFile() {
        assertEquals(ApplicantFile.MAX_ROWS, read(applicants(ApplicantFile.MAX_ROWS), false).rows().size());

        ApplicantImport over = read(applicants(ApplicantFile.MAX_ROWS + 1), false);
        assertEquals(List.of(), over.rows());
        assertEquals(List.of("import.tooManyRows"), over.problems().stream().map(ApplicantImport.Problem::messageKey).toList());
        assertEquals(ApplicantFile.MAX_ROWS + 2, over.problems().get(0).line(), "the first applicant over the limit");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        byte[] large = new byte[ApplicantFile.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 0xFF);
        ApplicantImport read = ApplicantFile.read(large, TODAY);
        assertEquals(List.of("import.tooLarge"), read.problems().stream().map(ApplicantImport.Problem::messageKey).toList(),
                "refused for its size before it is decoded (it is not even UTF-8)");
    }

    @Test
    void aFileWithAProblemOnEveryLineKeepsTheFirstHundredAndCountsTheRest() {
        ApplicantImport read = read(applicants(300).replace("@demo.example", ""), false);
        assertEquals(ApplicantImport.PROBLEMS_SHOWN, read.problems().size());
        assertEquals(300, read.problemCount());
        assertEquals(300 - ApplicantImport.PROBLEMS_SHOWN, read.problemsNotShown());
        assertEquals(2, read.problems().get(0).line());
    }

    @Test
    void aBrokenQuotationMarkNamesItsLineWithoutTheParsersMessage() {
        ApplicantImport read = read("""
                fornavn;efternavn;e-mail
                Søren;Holm;s@demo.example
                "Åse" Marie;Holm;a@demo.example
                """, false);
        assertEquals(1, read.problems().size());
        ApplicantImport.Problem problem = read.problems().get(0);
        assertEquals("import.unreadable", problem.messageKey());
        assertEquals(3, problem.line());
        assertEquals(List.of(), problem.arguments(), "nothing of the parser's own message reaches the page");
    }
}
