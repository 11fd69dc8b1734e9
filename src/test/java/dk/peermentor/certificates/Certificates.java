package dk.peermentor.certificates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import dk.peermentor.certificates.CertificateContent.UnitLine;
import dk.peermentor.platform.Language;

/** Test data: a certificate of the demo programme, changed one field at a time. */
final class Certificates {

    static final List<UnitLine> UNITS = List.of(
            new UnitLine(1, "Peer-mentorens rolle", List.of("Rollen og dens grænser", "Tavshedspligt", "Egen historie som ressource")),
            new UnitLine(2, "Samtalen", List.of("Aktiv lytning", "Åbne spørgsmål", "Anerkendende kommunikation")),
            new UnitLine(3, "Psykisk sårbarhed", List.of("Angst og depression", "Recovery", "Tegn på krise")),
            new UnitLine(4, "Netværk og fællesskaber", List.of("Foreninger og tilbud", "Brobygning")),
            new UnitLine(5, "Krisehåndtering", List.of("Selvmordstanker: at spørge direkte", "Hvem kontakter jeg?", "Egen grænse")),
            new UnitLine(6, "Afslutning og praktik", List.of("Praktikforløbet", "Supervision", "Fejring")));

    private Certificates() {
    }

    static CertificateContent danish(String name) {
        return new CertificateContent(Language.DA, "Peer-mentoruddannelsen Region Hovedstaden", null, name,
                "peer-mentoruddannelsen, hold forår 2026", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 8, 11), UNITS,
                33, "København", LocalDate.of(2026, 8, 20), "Mette Frederiksholm", "Uddannelseskoordinator",
                "PM-2026-0042", "7KQ4-M2XD", "https://peermentor.example.dk/verify/7KQ4-M2XD");
    }

    static CertificateContent danish() {
        return danish("Åse Ærø-Østergård");
    }

    static CertificateContent english(String name) {
        return danish(name).in(Language.EN);
    }

    static CertificateContent withLogo(CertificateContent c) {
        return new CertificateContent(c.language(), c.programmeName(), logo(), c.graduateName(), c.courseTitle(),
                c.firstDay(), c.lastDay(), c.units(), c.totalHours(), c.place(), c.issuedOn(), c.signatoryName(),
                c.signatoryTitle(), c.number(), c.verificationCode(), c.verificationUrl());
    }

    static CertificateContent numbered(CertificateContent c, int i) {
        String number = String.format("PM-2026-%04d", i);
        String code = String.format("K%03d-%04X", i % 1000, i * 7919 & 0xffff);
        return new CertificateContent(c.language(), c.programmeName(), c.logoPng(), c.graduateName(), c.courseTitle(),
                c.firstDay(), c.lastDay(), c.units(), c.totalHours(), c.place(), c.issuedOn(), c.signatoryName(),
                c.signatoryTitle(), number, code, "https://peermentor.example.dk/verify/" + code);
    }

    /** Varied names for batches. */
    static List<CertificateContent> batch(int count) {
        String[] first = { "Åse", "Zoë", "Mikkel", "Fatima", "Nikolaj", "Ída", "Jørgen", "Αλέξανδρος" };
        String[] last = { "Ærø-Østergård", "Łukasiewicz", "Nørgaard", "Hansen", "Papadopoulos", "Ибрагимова" };
        List<CertificateContent> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(numbered(danish(first[i % first.length] + " " + last[i % last.length]), i + 1));
        }
        return all;
    }

    /** A small logo with a transparent background, as a coordinator would upload. */
    static byte[] logo() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x3c, 0x5e));
        g.fillOval(4, 4, 72, 72);
        g.setColor(new Color(0xa8, 0x86, 0x3b));
        g.fillRect(90, 20, 140, 14);
        g.fillRect(90, 46, 100, 14);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
