package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.identity.AccountService.LinkState;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;

import jakarta.inject.Inject;

/** One-time links expire on time: invitations after 72 hours, password resets after one hour. */
@ExtendWith(ArquillianExtension.class)
class LinkExpiryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    AccountService accounts;

    @Inject
    InTransaction tx;

    @Test
    void anInvitationLinkWorksFor72HoursAndAResetLinkForOneHour() {
        Instant now = AppClock.clock().instant();
        String freshInvitation = plant(TokenPurpose.INVITATION, now.minus(Duration.ofHours(72)).plusSeconds(60));
        String oldInvitation = plant(TokenPurpose.INVITATION, now.minus(Duration.ofHours(72)).minusSeconds(1));
        String freshReset = plant(TokenPurpose.PASSWORD_RESET, now.minus(Duration.ofMinutes(59)));
        String oldReset = plant(TokenPurpose.PASSWORD_RESET, now.minus(Duration.ofMinutes(61)));

        assertEquals(LinkState.VALID, accounts.check(TokenPurpose.INVITATION, freshInvitation));
        assertEquals(LinkState.EXPIRED, accounts.check(TokenPurpose.INVITATION, oldInvitation));
        assertEquals(LinkState.VALID, accounts.check(TokenPurpose.PASSWORD_RESET, freshReset));
        assertEquals(LinkState.EXPIRED, accounts.check(TokenPurpose.PASSWORD_RESET, oldReset));
        assertEquals(LinkState.UNKNOWN, accounts.check(TokenPurpose.INVITATION, freshReset), "a reset link is no invitation");

        RuleViolation expired = assertThrows(RuleViolation.class,
                () -> accounts.setPasswordWithLink(TokenPurpose.PASSWORD_RESET, oldReset, "en lang og god adgangskode"));
        assertEquals("rule.link.expired", expired.messageKey());
        String storedHashes = tx.call(em -> em.createQuery("select t.tokenHash from OneTimeToken t", String.class)
                .getResultList().toString());
        assertTrue(!storedHashes.contains(freshReset), "only hashes of the secrets are stored");
    }

    /** A token issued at {@code issuedAt} for the demo trainee; returns its secret. */
    private String plant(TokenPurpose purpose, Instant issuedAt) {
        return tx.call(em -> {
            Account account = em.createQuery("select a from Account a where a.person.email = :email", Account.class)
                    .setParameter("email", "trainee@demo.example").getSingleResult();
            OneTimeToken.Issued issued = OneTimeToken.issue(purpose, account, issuedAt);
            em.persist(issued.token());
            return issued.secret();
        });
    }

}
