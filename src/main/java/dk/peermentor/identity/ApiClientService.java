package dk.peermentor.identity;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.platform.NotFound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The coordinators' API clients: create one (its token is shown once), list, revoke; and the
 * lookup of a bearer token for the login mechanism. Creating and revoking are audited.
 */
@ApplicationScoped
@Transactional
public class ApiClientService {

    private static final String RECORD = "ApiClient";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every client, the newest first, revoked ones included (they stay on record). */
    @Transactional(TxType.SUPPORTS)
    public List<ApiClient> clients() {
        currentUser.require(Role.COORDINATOR);
        return em.createQuery("select c from ApiClient c join fetch c.createdBy a join fetch a.person"
                + " order by c.createdAt desc, c.id desc", ApiClient.class).getResultList();
    }

    public ApiClient.Issued create(String name, boolean mayWrite) {
        Account coordinator = currentUser.require(Role.COORDINATOR);
        ApiClient.Issued issued = ApiClient.create(name, mayWrite, coordinator, clock.instant());
        em.persist(issued.client());
        em.flush();
        audit.record(AuditAction.API_CLIENT_CREATED, RECORD, issued.client().id(), null,
                issued.client().describedForAudit());
        return issued;
    }

    public void revoke(long clientId) {
        currentUser.require(Role.COORDINATOR);
        ApiClient client = Optional.ofNullable(em.find(ApiClient.class, clientId))
                .orElseThrow(() -> new NotFound("api client " + clientId));
        if (!client.isRevoked()) {
            client.revoke(clock.instant());
            audit.record(AuditAction.API_CLIENT_REVOKED, RECORD, clientId, client.describedForAudit(), null);
        }
    }

    /** The client a bearer token belongs to, unless revoked; notes the use. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<ApiClient> authenticate(String token) {
        String hash = OneTimeToken.hash(token);
        Optional<ApiClient> client = em.createQuery("select c from ApiClient c where c.tokenHash = :hash", ApiClient.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                // The index found the row; compare again in constant time so no timing tells how close a guess was.
                .filter(found -> MessageDigest.isEqual(found.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(found -> !found.isRevoked());
        client.ifPresent(found -> found.recordUse(clock.instant()));
        return client;
    }
}
