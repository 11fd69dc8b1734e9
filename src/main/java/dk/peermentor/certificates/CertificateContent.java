package dk.peermentor.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dk.peermentor.platform.Language;

/**
 * What a certificate says, ready to print: {@link CertificatePdf} adds no facts of its own.
 * {@code logoPng} may be null (no logo); the texts are printed as given, in {@code language}.
 */
public record CertificateContent(Language language, String programmeName, byte[] logoPng, String graduateName,
        String courseTitle, LocalDate firstDay, LocalDate lastDay, List<UnitLine> units, int totalHours, String place,
        LocalDate issuedOn, String signatoryName, String signatoryTitle, String number, String verificationCode,
        String verificationUrl) {

    /** One teaching day of the course: its number (1-6), its title and its topics. */
    public record UnitLine(int day, String title, List<String> topics) {
        public UnitLine {
            Objects.requireNonNull(title, "title");
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    public CertificateContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(graduateName, "graduateName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** The same certificate in another language (the coordinator's choice at export). */
    public CertificateContent in(Language other) {
        return new CertificateContent(other, programmeName, logoPng, graduateName, courseTitle, firstDay, lastDay, units,
                totalHours, place, issuedOn, signatoryName, signatoryTitle, number, verificationCode, verificationUrl);
    }
}
