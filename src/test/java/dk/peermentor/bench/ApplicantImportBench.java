package dk.peermentor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.cohort.ApplicantFile;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * An applicant list at the limit ({@link ApplicantFile#MAX_ROWS} new people) checked and imported
 * through the cohort page, as a coordinator does it: the preview (read, check every row against the
 * cohort) and the import (one transaction: people, enrolments, accounts, audit entries). Each round
 * imports into a cohort of its own, so the database grows by 1,000 people a round. Run on demand
 * with {@code mvn verify -Pbench -Dit.test=ApplicantImportBench}; the figures go to
 * target/bench/applicant-import.md and, by hand, to docs/performance.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantImportBench {

    static final int WARM_UP = 2;
    static final int MEASURED = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("bench-applicant-import", Map.of("peermentor.demo", "true"));
    }

    @ArquillianResource
    URL app;

    @Test
    void importApplicantListsAtTheLimit() throws IOException {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026");
        List<Long> previews = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            Page cohort = cohort(coordinator, "Importhold " + round, round);
            byte[] file = applicants(round);
            long start = System.nanoTime();
            Page previewed = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv", file, "import:preview");
            long previewed_ = System.nanoTime();
            assertEquals(ApplicantFile.MAX_ROWS, previewed.document().select("#import-rows tbody tr").size(),
                    previewed.messages() + previewed.document().select("#import-problems tbody tr").eachText());
            Page imported = coordinator.submit(previewed, "import-confirm", Map.of(), "import-confirm:save");
            long done = System.nanoTime();
            assertEquals(ApplicantFile.MAX_ROWS, imported.document().select("#participants tbody tr").size()
                    + imported.document().select("form#waiting li").size(), imported.messages());
            if (round >= WARM_UP) {
                previews.add((previewed_ - start) / 1_000_000);
                imports.add((done - previewed_) / 1_000_000);
            }
        }
        Collections.sort(previews);
        Collections.sort(imports);
        String result = String.join("\n",
                "| what | median | slowest |",
                "|---|---|---|",
                "| check the file (" + ApplicantFile.MAX_ROWS + " rows, " + applicants(0).length / 1024 + " KiB) | "
                        + previews.get(MEASURED / 2) + " ms | " + previews.get(MEASURED - 1) + " ms |",
                "| import them (one transaction) | " + imports.get(MEASURED / 2) + " ms | " + imports.get(MEASURED - 1)
                        + " ms |",
                "",
                MEASURED + " rounds measured after " + WARM_UP + " warm-up; " + (WARM_UP + MEASURED) * ApplicantFile.MAX_ROWS
                        + " people imported in all.",
                "");
        Path out = Path.of("target/bench/applicant-import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.println("\n== Applicant import benchmark\n" + result);
    }

    private static Page cohort(WebUser coordinator, String name, int round) {
        Map<String, String> fields = Map.of("create:name", name, "create:place", "Havnegade 12",
                "create:capacity", "30", "create:firstMonth", (AppClock.today().getYear() + 2) + "-0" + (1 + round % 9),
                "create:week", "2", "create:dayOfWeek", "TUESDAY", "create:startsAt", "09:30", "create:endsAt", "15:00");
        Page proposed = coordinator.submit(coordinator.get("coordinator/cohorts"), "create", fields, "create:propose");
        return coordinator.follow(coordinator.submit(proposed, "create", Map.of(), "create:save"));
    }

    /** A list as a Danish Excel saves it: every column, every row a new person. */
    private static byte[] applicants(int round) {
        // Born so that everyone is within the programme's age range (18-50) when the cohort starts.
        StringBuilder file = new StringBuilder("\uFEFFFornavn;Efternavn;E-mail;Telefon;Fødselsdato;Sprog\n");
        for (int i = 0; i < ApplicantFile.MAX_ROWS; i++) {
            file.append("Ansøger;Nummer ").append(i).append(";ansoeger").append(round).append('-').append(i)
                    .append("@bench.example;+45 20 ").append(String.format("%02d %02d", i / 100, i % 100))
                    .append(";").append(AppClock.today().getYear() - 25 - i % 20).append("-0").append(1 + i % 9).append("-1").append(i % 9)
                    .append(";da\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
