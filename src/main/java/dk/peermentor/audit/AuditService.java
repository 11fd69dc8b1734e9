package dk.peermentor.audit;

import java.util.List;

import dk.peermentor.platform.AccessDenied;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reading the audit log is for coordinators only. */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditLog log;

    @Inject
    AuditActors actors;

    public long count(AuditFilter filter) {
        requireCoordinator();
        return log.count(filter);
    }

    public List<AuditPage.Line> page(AuditFilter filter, int first, int pageSize) {
        requireCoordinator();
        List<AuditEntry> entries = log.find(filter, first, Math.min(pageSize, 200));
        return AuditPage.Line.of(entries, actors.namesOf(AuditPage.Line.actorsOf(entries)));
    }

    private void requireCoordinator() {
        if (!actors.callerMayReadLog()) {
            throw new AccessDenied("the audit log is for coordinators");
        }
    }
}
