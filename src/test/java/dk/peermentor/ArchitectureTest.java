package dk.peermentor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dk.peermentor.platform.TableExport;

import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

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

    /** The features: everything but the plumbing ({@code platform}) and the PDF engine ({@code documents}). */
    private static final String[] FEATURES = {"..attendance..", "..audit..", "..certificates..", "..cohort..",
        "..curriculum..", "..demo..", "..handouts..", "..identity..", "..matching..", "..materials..", "..privacy.."};

    @ArchTest
    static final ArchRule platformAndDocumentsKnowNoFeature = noClasses()
            .that().resideInAnyPackage("..platform..", "..documents..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("every feature may use the plumbing and the PDF engine, never the other way round");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dk.peermentor.(*)..").should().beFreeOfCycles()
            .because("a feature uses another's public domain types, never both ways (docs/architecture.md)");

    @ArchTest
    static final ArchRule entitiesHaveNoPublicSetters = noMethods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class).and().haveNameMatching("set[A-Z].*")
            .should().bePublic()
            .because("an entity changes through methods that say what happens and keep its rules")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule facesBeansDoNotTouchTheDatabase = noClasses()
            .that().areAnnotatedWith(Named.class)
            // CurrentUser is named only so pages can ask who is signed in; it is the service that loads the account.
            .and().doNotHaveFullyQualifiedName("dk.peermentor.identity.CurrentUser")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("Faces beans are thin: services own transactions, queries and access checks");
}
