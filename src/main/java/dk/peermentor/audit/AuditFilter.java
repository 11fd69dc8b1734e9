package dk.peermentor.audit;

import java.time.Instant;

/** Which audit entries to show; a null field does not filter. */
public record AuditFilter(AuditAction action, Long actorAccountId, String recordType, Long recordId, Instant from,
        Instant until) {
}
