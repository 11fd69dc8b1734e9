package dk.peermentor.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of the audit log: who did what to which record, when, and the value before and after.
 * Immutable: every column is insert-only, and nothing in the application updates or deletes entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant occurredAt, Long actorAccountId, String address, AuditAction action, String recordType,
            Long recordId, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.address = address;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorAccountId() {
        return actorAccountId;
    }

    public String address() {
        return address;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public Long recordId() {
        return recordId;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
