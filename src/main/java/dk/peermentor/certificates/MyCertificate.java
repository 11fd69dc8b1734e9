package dk.peermentor.certificates;

import dk.peermentor.certificates.Assessment.Issued;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The graduate's own certificate on their start page ({@code WEB-INF/includes/my-certificate.xhtml}). */
@Named
@RequestScoped
public class MyCertificate {

    @Inject
    CertificationService certification;

    /** The valid certificate of the caller's enrolment, or null. */
    public Issued of(long enrolmentId) {
        return certification.ownCertificate(enrolmentId).orElse(null);
    }
}
