package dk.peermentor.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dk.peermentor.platform.RuleViolation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's way in: their roles, whether they may log in, and the hash of their password.
 * An account is created by a coordinator without a password; the person sets one through the
 * invitation link.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Sessions logged in under an older generation are over (see {@link #endSessions()}). */
    @Column(name = "session_generation")
    private int sessionGeneration;

    @Version
    private int version;

    protected Account() {
        // for JPA
    }

    public Account(Person person, Set<Role> roles, Instant createdAt) {
        if (person == null) {
            throw new RuleViolation("rule.required", "account.person");
        }
        this.person = person;
        this.createdAt = createdAt;
        this.active = true;
        changeRoles(roles);
    }

    /**
     * Replaces the roles; an account without any role could do nothing, so that is refused. A session
     * holds what its roles allowed when it began, so a change of roles ends the account's sessions.
     */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolation("rule.account.noRole");
        }
        boolean changed = !roles.equals(newRoles);
        roles.clear();
        roles.addAll(newRoles);
        if (changed) {
            endSessions();
        }
    }

    /**
     * Sets the password; the caller has checked it against the policy and hashed it. Whoever knew the
     * old password may be logged in somewhere: every session of the account ends.
     */
    public void changePassword(String newPasswordHash) {
        if (newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new RuleViolation("rule.required", "account.password");
        }
        this.passwordHash = newPasswordHash;
        endSessions();
    }

    public void deactivate() {
        this.active = false;
        endSessions();
    }

    /**
     * Ends every session of this account at its next request, wherever it runs: a session is valid
     * only while the generation it was logged in under is the account's current one.
     */
    public void endSessions() {
        sessionGeneration++;
    }

    /** Whether a session logged in under {@code generation} may go on. */
    public boolean isCurrentSession(int generation) {
        return canLogIn() && generation == sessionGeneration;
    }

    public void reactivate() {
        if (person.isErased()) {
            throw new RuleViolation("rule.account.erased");
        }
        this.active = true;
    }

    /** What is left after erasure: no way in, no roles, no password. */
    public void erase() {
        active = false;
        passwordHash = null;
        roles.clear();
        endSessions();
    }

    /** Whether this account may log in now: active and with a password set. */
    public boolean canLogIn() {
        return active && passwordHash != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public int sessionGeneration() {
        return sessionGeneration;
    }

    public int version() {
        return version;
    }
}
