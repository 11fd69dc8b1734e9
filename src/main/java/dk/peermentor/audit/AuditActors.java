package dk.peermentor.audit;

import java.util.Collection;
import java.util.Map;

/**
 * What the audit log needs to know about accounts, provided by the identity feature: names for the
 * ids in the log, looked up when shown (so an erased person shows no name), and who may read it.
 */
public interface AuditActors {

    Map<Long, String> namesOf(Collection<Long> accountIds);

    /** Whether the current caller is an active coordinator. */
    boolean callerMayReadLog();
}
