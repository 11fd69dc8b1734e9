package dk.peermentor.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.peermentor.curriculum.CourseContentException.Problem;
import dk.peermentor.platform.Language;

class CourseContentLoaderTest {

    @TempDir
    Path dir;

    private ContentTree tree;

    @BeforeEach
    void writeValidTree() {
        tree = ContentTree.writeValid(dir);
    }

    @Test
    void aCompleteTreeLoadsSixUnitsInBothLanguages() {
        Curriculum curriculum = load();

        assertEquals("test-course", curriculum.id());
        assertEquals(6, curriculum.units().size());
        assertEquals(30, curriculum.totalHours());
        Unit crisis = curriculum.unitOfDay(3);
        assertEquals("crisis-handling", crisis.id());
        assertEquals("Dag 3 på dansk", crisis.text(Language.DA).title());
        assertEquals("Day 3 in English", crisis.text(Language.EN).title());
        assertEquals(List.of("First topic", "Second topic"), crisis.text(Language.EN).topics());
        UnitText.Section programme = crisis.text(Language.DA).section(UnitSection.PROGRAMME);
        assertEquals("Programme", programme.heading());
        assertTrue(programme.markdown().startsWith("| Time | Content |"), programme.markdown());
        assertEquals("The course", curriculum.description(Language.EN).title());
    }

    @Test
    void aYamlSyntaxErrorInFrontMatterNamesFileAndLine() {
        tree.replace("units/3-crisis-handling.en.md", "summary: What the day is about.", "summary: [unclosed");

        Problem problem = onlyProblem();

        assertTrue(problem.file().endsWith("units/3-crisis-handling.en.md"), problem.file());
        assertTrue(problem.line() >= 3 && problem.line() <= 7, "line " + problem.line());
        assertTrue(problem.message().startsWith("YAML syntax"), problem.message());
    }

    @Test
    void aMissingTitleNamesTheFrontMatter() {
        tree.replace("units/2-active-listening.da.md", "title: Dag 2 på dansk\n", "");

        Problem problem = onlyProblem();

        assertTrue(problem.file().endsWith("units/2-active-listening.da.md"));
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("'title' is missing"), problem.message());
    }

    @Test
    void aMissingSectionNamesFileAndTheLineWhereItWasExpected() {
        tree.replace("units/5-boundaries-and-trust.en.md", "## Reflection {#reflection}\n1. What did you notice?\n", "");

        Problem problem = onlyProblem();

        assertTrue(problem.file().endsWith("units/5-boundaries-and-trust.en.md"));
        assertEquals(27, problem.line(), problem.toString());
        assertTrue(problem.message().contains("{#further-reading} is out of place; expected {#reflection}"),
                problem.message());
    }

    @Test
    void aLastSectionThatIsMissingIsNamedAtTheEndOfTheFile() {
        String unit = tree.read("units/6-peer-support-in-practice.da.md");
        tree.write("units/6-peer-support-in-practice.da.md", unit.substring(0, unit.indexOf("## Further reading")));

        Problem problem = onlyProblem();

        assertTrue(problem.message().contains("section {#further-reading} is missing"), problem.message());
        assertEquals(29, problem.line());
    }

    @Test
    void aHeadingWithoutASectionMarkerIsNamed() {
        tree.replace("units/1-recovery.da.md", "## Preparation {#preparation}", "## Preparation");

        List<Problem> problems = problems();

        assertEquals(14, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("must end with a section marker such as {#preparation}"));
    }

    @Test
    void aMissingLanguageFileNamesTheManifestLineThatRefersToIt() {
        tree.delete("units/4-decentred-sharing.en.md");

        Problem problem = onlyProblem();

        assertTrue(problem.file().endsWith("course.yaml"));
        assertEquals(19, problem.line());
        assertTrue(problem.message().contains("units/4-decentred-sharing.en.md' does not exist"), problem.message());
    }

    @Test
    void aUnitWithoutOneOfTheLanguagesIsRefused() {
        tree.replace("course.yaml", ", en: units/6-peer-support-in-practice.en.md}", "}");

        Problem problem = onlyProblem();

        assertTrue(problem.message().contains("the key 'en' is missing"), problem.message());
        assertEquals(25, problem.line());
    }

    @Test
    void unitIdsMustBeUnique() {
        tree.replace("course.yaml", "id: active-listening", "id: recovery");

        Problem problem = onlyProblem();

        assertEquals(11, problem.line());
        assertTrue(problem.message().contains("'recovery' is used twice"));
    }

    @Test
    void theCourseHasSixUnits() {
        String manifest = tree.read("course.yaml");
        tree.write("course.yaml", manifest.substring(0, manifest.indexOf("  - id: peer-support-in-practice")));

        Problem problem = onlyProblem();

        assertTrue(problem.message().contains("6 units, one per teaching day; found 5"), problem.message());
        assertEquals(8, problem.line());
    }

    @Test
    void anImageThatDoesNotExistIsNamedWithItsLine() {
        tree.delete("images/figure.svg");

        List<Problem> problems = problems();

        assertEquals(12, problems.size(), "every unit file links the figure");
        Problem first = problems.get(0);
        assertEquals(12, first.line());
        assertTrue(first.message().contains("'../images/figure.svg' does not exist"), first.message());
    }

    @Test
    void aLinkMayNotLeaveTheContentDirectory() {
        tree.replace("units/1-recovery.en.md", "../images/figure.svg", "../../secret.txt");

        assertTrue(onlyProblem().message().contains("points outside the course content"));
    }

    @Test
    void aMissingManifestIsNamed() {
        tree.delete("course.yaml");

        Problem problem = onlyProblem();

        assertTrue(problem.file().endsWith("course.yaml"));
        assertTrue(problem.message().contains("manifest is missing"));
    }

    @Test
    void theMessageOfTheFailureNamesFileAndLine() {
        tree.replace("units/3-crisis-handling.en.md", "summary: What the day is about.", "summary: [unclosed");

        CourseContentException failure = assertThrows(CourseContentException.class, this::load);

        assertTrue(failure.getMessage().contains("units/3-crisis-handling.en.md, line "), failure.getMessage());
    }

    @Test
    void relativeLinksResolveAgainstTheFileThatHoldsThem() {
        assertEquals("images/chime.svg", CourseContentLoader.resolve("units/1-recovery.da.md", "../images/chime.svg"));
        assertEquals("units/other.md", CourseContentLoader.resolve("units/1-recovery.da.md", "other.md#part"));
        assertEquals(null, CourseContentLoader.resolve("units/1-recovery.da.md", "../../etc/passwd"));
        assertFalse(CourseContentLoader.resolve("course.da.md", "images/a b.png").contains("%20"));
    }

    private Curriculum load() {
        return CourseContentLoader.load(ContentSource.directory(dir));
    }

    private List<Problem> problems() {
        return assertThrows(CourseContentException.class, this::load).problems();
    }

    private Problem onlyProblem() {
        List<Problem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
