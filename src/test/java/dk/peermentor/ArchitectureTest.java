package dk.peermentor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.peermentor.platform.TableExport;

/** The rules of docs/architecture.md that a compiler does not check. */
@AnalyzeClasses(packages = "dk.peermentor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Every CSV and workbook the module hands out is written by {@link TableExport}, the one place that
     * keeps a typed-in cell from running as a spreadsheet formula. A class that writes one itself
     * bypasses that.
     */
    @ArchTest
    static final ArchRule onlyTableExportWritesSpreadsheets = noClasses()
            .that().doNotHaveFullyQualifiedName(TableExport.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("TableExport neutralises formula cells (docs/security.md)");
}
