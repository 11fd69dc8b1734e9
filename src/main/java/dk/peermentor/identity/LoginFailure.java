package dk.peermentor.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A failed login, kept for the throttling window only. The name is what was typed, account or not. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "login_name", updatable = false)
    private String loginName;

    @Column(updatable = false)
    private String address;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    protected LoginFailure() {
        // for JPA
    }

    LoginFailure(String loginName, String address, Instant occurredAt) {
        this.loginName = loginName;
        this.address = address;
        this.occurredAt = occurredAt;
    }

    public String loginName() {
        return loginName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
