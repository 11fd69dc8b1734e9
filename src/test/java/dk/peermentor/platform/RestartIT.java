package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Programme;
import dk.peermentor.testing.CourseFixtures;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;

import jakarta.inject.Inject;

/**
 * The database is a file: a cohort created before Payara Micro stops is there when it starts again.
 * Undeploying stops the Payara Micro process; deploying starts a new one on the same database file.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class RestartIT {

    private static final String APP = "app";
    private static final String PROGRAMME = "Genstartsprogrammet";

    @Deployment(name = APP, managed = false)
    static WebArchive deployment() {
        return Deployments.application("restart").addClasses(CourseFixtures.class, InTransaction.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Inject
    InTransaction tx;

    @Test
    @Order(1)
    @RunAsClient
    void start() {
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(APP)
    void aCoordinatorCreatesACohort() {
        tx.run(em -> {
            Programme programme = new Programme(PROGRAMME);
            em.persist(programme);
            em.persist(CourseFixtures.cohortStarting(programme, "Hold før genstart", LocalDate.of(2027, 4, 1)));
        });
    }

    @Test
    @Order(3)
    @RunAsClient
    void theServerStopsAndStartsAgain() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(APP)
    void theCohortIsStillThereWithItsSixDays() {
        Cohort cohort = tx.call(em -> em.createQuery(
                "select distinct c from Cohort c join fetch c.teachingDays where c.programme.name = :programme", Cohort.class)
                .setParameter("programme", PROGRAMME).getSingleResult());

        assertEquals("Hold før genstart", cohort.name());
        assertEquals(6, cohort.teachingDays().size());
        assertEquals(LocalDate.of(2027, 4, 13), cohort.teachingDays().get(0).date());
    }

    @Test
    @Order(5)
    @RunAsClient
    void stop() {
        deployer.undeploy(APP);
    }
}
