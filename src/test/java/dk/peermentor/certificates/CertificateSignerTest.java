package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

class CertificateSignerTest {

    private static final char[] PASSWORD = "throw-away".toCharArray();

    @TempDir
    static Path dir;
    private static Path keystore;

    @BeforeAll
    static void throwAwayKey() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Peer-mentoruddannelsen Test, O=Peer mentor education, C=DK");
        Date now = new Date();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.getTime()),
                new Date(now.getTime() - 60_000), new Date(now.getTime() + 86_400_000L), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("certificates", pair.getPrivate(), PASSWORD, new Certificate[] { certificate });
        keystore = dir.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD);
        }
    }

    private static CertificateSigner signer() {
        return CertificateSigner.fromKeyStore(keystore, PASSWORD, "certificates", "Peer-mentoruddannelsen Region Hovedstaden",
                "København").orElseThrow();
    }

    /** The CMS without the zeros that pad the signature's placeholder. */
    private static org.bouncycastle.asn1.cms.ContentInfo cms(byte[] padded) throws java.io.IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(padded)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }

    @Test
    void withoutAKeystoreThereIsNoSigner() {
        assertTrue(CertificateSigner.fromKeyStore(null, null, null, "x", "y").isEmpty());
    }

    @Test
    void aConfiguredKeystoreThatCannotBeReadIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> CertificateSigner.fromKeyStore(dir.resolve("missing.p12"), PASSWORD, "certificates", "x", "y"));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateSigner.fromKeyStore(keystore, "wrong".toCharArray(), "certificates", "x", "y"));
    }

    @Test
    void signedCertificateNamesItsSignerAndItsCmsVerifiesOverTheByteRange() throws Exception {
        byte[] unsigned = new CertificatePdf().toBytes(Certificates.danish());
        byte[] signed = signer().sign(unsigned);

        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals("Peer-mentoruddannelsen Region Hovedstaden", signature.getName());
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(signed.length, range[2] + range[3], "the signature covers the whole file");

            byte[] signedContent = signature.getSignedContent(signed);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), cms(signature.getContents(signed)));
            Store<X509CertificateHolder> certificates = cms.getCertificates();
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) certificates.getMatches(signer.getSID()).iterator().next();
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)));
            assertTrue(holder.getSubject().toString().contains("Peer-mentoruddannelsen Test"));
            // PAdES B-B: the signing certificate is bound to the signature, the time is not in the CMS.
            assertTrue(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null);
            assertTrue(signer.getSignedAttributes().get(CMSAttributes.signingTime) == null);
        }
        assertFalse(java.util.Arrays.equals(unsigned, signed));
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        byte[] signed = signer().sign(new CertificatePdf().toBytes(Certificates.danish()));
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            byte[] content = signature.getSignedContent(signed);
            content[200] ^= 1;
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), cms(signature.getContents(signed)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            assertThrows(org.bouncycastle.cms.CMSException.class,
                    () -> signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)));
        }
    }

    @Test
    void signedCertificateIsStillPdfA2b() throws Exception {
        byte[] signed = signer().sign(new CertificatePdf().toBytes(Certificates.english("Zoë Łukasiewicz")));
        CertificatePdfTest.assertPdfA2b(signed);
        Files.createDirectories(Path.of("target", "certificates"));
        Files.write(Path.of("target", "certificates", "certificate-en-signed.pdf"), signed);
    }
}
