package dk.peermentor.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;

/**
 * A list of applicants as coordinators keep it in a spreadsheet: UTF-8 with or without a byte-order
 * mark, columns separated by {@code ;} (a Danish Excel) or {@code ,}, a header row naming the
 * columns in Danish or English. Reading it finds every problem at once, each with its line and
 * column, so the coordinator can fix the file in one go. A file is at most {@link #MAX_BYTES} and
 * {@link #MAX_ROWS} applicants: a programme's intake is a few dozen, and beyond that a mistake (a
 * whole register exported) is likelier than a list of applicants.
 */
public final class ApplicantFile {

    /** The columns, each with the header names it is known by. */
    enum Column {
        GIVEN_NAME("fornavn", "given name", "first name", "givenname", "firstname"),
        FAMILY_NAME("efternavn", "family name", "last name", "familyname", "lastname", "surname"),
        EMAIL("e-mail", "email", "mail", "e-mailadresse"),
        PHONE("telefon", "phone", "mobil", "mobile", "tlf"),
        DATE_OF_BIRTH("fødselsdato", "date of birth", "birthdate", "born", "født"),
        LANGUAGE("sprog", "language");

        private final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }

        String fieldKey() {
            return "import.column." + name();
        }
    }

    /** The largest file read: 1 MiB, some 10,000 lines of applicants. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most applicants in one file. */
    public static final int MAX_ROWS = 1000;

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    private ApplicantFile() {
    }

    /** Reads {@code file}; the result holds either rows or problems (or, for an empty file, neither). */
    public static ApplicantImport read(byte[] file, LocalDate today) {
        if (file.length > MAX_BYTES) {
            return ApplicantImport.refused(List.of(new ApplicantImport.Problem(1, null, "import.tooLarge",
                    List.of(MAX_BYTES / (1024 * 1024), MAX_ROWS))));
        }
        List<ApplicantImport.Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return ApplicantImport.refused(List.of(new ApplicantImport.Problem(1, null, "import.notUtf8", List.of())));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<ApplicantImport.Row> rows = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException e) {
            return ApplicantImport.refused(List.of(new ApplicantImport.Problem(1, null, "import.unreadable", List.of())));
        }
        try (parser) {
            Map<Column, Integer> columns = null;
            Set<String> emails = new HashSet<>();
            int applicants = 0;
            for (CSVRecord record : parser) {
                // The text ends with a line break (see below), so this is the line the record ended on.
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record, problems);
                    if (!problems.isEmpty()) {
                        return ApplicantImport.refused(problems);
                    }
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++applicants > MAX_ROWS) {
                    // Not one more line is read: the whole file is refused anyway.
                    return ApplicantImport.refused(List.of(new ApplicantImport.Problem(line, null, "import.tooManyRows",
                            List.of(MAX_ROWS))));
                }
                row(record, line, columns, today, emails, problems).ifPresent(rows::add);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            // A quotation mark not closed, or text after a closing one: the parser says where it stopped.
            // Its own message (a class name, a position) is for developers, not for the coordinator.
            // It has counted the line breaks before the line it stopped in.
            int line = (int) Math.min(parser.getCurrentLineNumber() + 1, text.lines().count());
            problems.add(new ApplicantImport.Problem(line, null, "import.unreadable", List.of()));
        }
        return problems.isEmpty() ? ApplicantImport.accepted(rows) : ApplicantImport.refused(problems);
    }

    private static Map<Column, Integer> header(CSVRecord record, List<ApplicantImport.Problem> problems) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    columns.put(column, i);
                }
            }
        }
        for (Column required : List.of(Column.GIVEN_NAME, Column.FAMILY_NAME, Column.EMAIL)) {
            if (!columns.containsKey(required)) {
                problems.add(new ApplicantImport.Problem(1, required.fieldKey(), "import.missingColumn", List.of()));
            }
        }
        return columns;
    }

    private static Optional<ApplicantImport.Row> row(CSVRecord record, int line, Map<Column, Integer> columns,
            LocalDate today, Set<String> emails, List<ApplicantImport.Problem> problems) {
        int before = problems.size();
        String given = value(record, columns, Column.GIVEN_NAME);
        String family = value(record, columns, Column.FAMILY_NAME);
        String email = value(record, columns, Column.EMAIL);
        String phone = value(record, columns, Column.PHONE);
        LocalDate born = null;
        String bornText = value(record, columns, Column.DATE_OF_BIRTH);
        if (bornText != null) {
            born = date(bornText);
            if (born == null) {
                problems.add(new ApplicantImport.Problem(line, Column.DATE_OF_BIRTH.fieldKey(), "import.badDate",
                        List.of(bornText)));
            } else if (born.isAfter(today)) {
                problems.add(new ApplicantImport.Problem(line, Column.DATE_OF_BIRTH.fieldKey(), "rule.person.bornInFuture",
                        List.of(bornText)));
            }
        }
        Language language = Language.defaultLanguage();
        String languageText = value(record, columns, Column.LANGUAGE);
        if (languageText != null) {
            language = language(languageText);
            if (language == null) {
                problems.add(new ApplicantImport.Problem(line, Column.LANGUAGE.fieldKey(), "import.badLanguage",
                        List.of(languageText)));
            }
        }
        // The same checks as a person typed in on the page.
        try {
            Person checked = new Person(given, family, email, Language.defaultLanguage());
            checked.changePhone(phone);
            if (!emails.add(checked.email())) {
                problems.add(new ApplicantImport.Problem(line, Column.EMAIL.fieldKey(), "import.duplicateInFile",
                        List.of(checked.email())));
            }
        } catch (RuleViolation refused) {
            problems.add(new ApplicantImport.Problem(line, fieldOf(refused), refused.messageKey(), refused.arguments()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ApplicantImport.Row(line, new NewTrainee(given, family, email, phone, born, language)));
    }

    private static String fieldOf(RuleViolation refused) {
        Object first = refused.arguments().isEmpty() ? null : refused.arguments().get(0);
        if ("person.givenName".equals(first)) {
            return Column.GIVEN_NAME.fieldKey();
        } else if ("person.familyName".equals(first)) {
            return Column.FAMILY_NAME.fieldKey();
        } else if ("person.phone".equals(first)) {
            return Column.PHONE.fieldKey();
        }
        return Column.EMAIL.fieldKey();
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static Language language(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "da", "dansk", "danish" -> Language.DA;
            case "en", "engelsk", "english" -> Language.EN;
            default -> null;
        };
    }
}
