package dk.peermentor.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last serial handed out in a year. The issuing transaction locks the row (select ... for update),
 * so concurrent issues wait in turn and numbers have no gaps; a failed batch rolls its serials back.
 */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter {

    @Id
    @Column(name = "issue_year")
    private int year;

    @Column(name = "last_serial")
    private int lastSerial;

    protected CertificateCounter() {
        // for JPA
    }

    public CertificateCounter(int year) {
        this.year = year;
    }

    /** The next serial of the year, counted from 1. */
    public int next() {
        return ++lastSerial;
    }

    public int year() {
        return year;
    }

    public int lastSerial() {
        return lastSerial;
    }
}
