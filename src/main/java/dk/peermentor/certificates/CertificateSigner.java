package dk.peermentor.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a certificate PDF so that a reader shows who issued it and that it has not been changed
 * since: an invisible signature field with a detached CAdES signature (PAdES baseline B-B:
 * sub-filter {@code ETSI.CAdES.detached}, the signing certificate bound by an ESS
 * signing-certificate-v2 attribute, no signing time inside the CMS, the time in the signature
 * dictionary). Added as an incremental update, so the signed file stays PDF/A-2b.
 * <p>
 * Thread-safe: the key and chain are read once. Without a configured keystore there is no signer,
 * and certificates are issued unsigned ({@code docs/certificates.md}).
 */
public final class CertificateSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signerName;
    private final String location;
    private final String algorithm;
    /** Room for the CMS: the chain, the signature and the attributes, with a margin (PDFBox's default wastes 10 KB). */
    private final int signatureSize;

    private CertificateSigner(PrivateKey key, List<X509Certificate> chain, String signerName, String location) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signerName = signerName;
        this.location = location;
        int chainBytes = 0;
        for (X509Certificate certificate : chain) {
            try {
                chainBytes += certificate.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalArgumentException("Unreadable signing certificate", e);
            }
        }
        this.signatureSize = chainBytes + 3072;
        this.algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("Cannot sign with a " + key.getAlgorithm() + " key");
        };
    }

    /**
     * The signer of the key {@code alias} in {@code keystore} (PKCS#12 or JKS); empty when no keystore
     * is configured ({@code keystore} null). A keystore that is configured but cannot be read, or has
     * no such key, is a configuration error and throws: certificates must not be issued unsigned
     * silently.
     */
    public static Optional<CertificateSigner> fromKeyStore(Path keystore, char[] password, String alias,
            String signerName, String location) {
        if (keystore == null) {
            return Optional.empty();
        }
        if (!Files.isReadable(keystore)) {
            throw new IllegalArgumentException("The certificate keystore " + keystore + " cannot be read");
        }
        try {
            KeyStore store = KeyStore.getInstance(keystore.toFile(), password);
            String name = alias != null && !alias.isBlank() ? alias : firstKeyAlias(store);
            if (name == null || !store.isKeyEntry(name)) {
                throw new IllegalArgumentException("The certificate keystore " + keystore + " has no key " + alias);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] certificates = store.getCertificateChain(name);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            String shownName = signerName != null && !signerName.isBlank() ? signerName
                    : chain.get(0).getSubjectX500Principal().getName();
            return Optional.of(new CertificateSigner(key, chain, shownName, location));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the key from the certificate keystore " + keystore, e);
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    /** The signing certificate (first of the chain). */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The PDF with a signature added as an incremental update. */
    public byte[] sign(byte[] unsignedPdf) {
        try (PDDocument document = Loader.loadPDF(unsignedPdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            if (location != null && !location.isBlank()) {
                signature.setLocation(location);
            }
            signature.setReason(document.getDocumentInformation().getSubject());
            signature.setSignDate(Calendar.getInstance());
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, this::cms, options);
            // PDF/A: an annotation must be printable; the invisible widget of the field is no exception.
            for (PDSignatureField field : document.getSignatureFields()) {
                field.getWidgets().forEach(widget -> widget.setPrinted(true));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedPdf.length + 12 * 1024);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate", e);
        }
    }

    /** The detached CMS over the byte ranges PDFBox hands us. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingCertificate()) {
                        @Override
                        @SuppressWarnings({ "rawtypes", "unchecked" })
                        protected java.util.Hashtable createStandardAttributeTable(java.util.Map parameters) {
                            java.util.Hashtable table = super.createStandardAttributeTable(parameters);
                            // PAdES: the signing time belongs in the signature dictionary, not in the CMS.
                            table.remove(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
                            return table;
                        }
                    })
                    .build(contentSigner, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            return signed.getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }

    /** The ESS signing-certificate-v2 attribute (SHA-256 of the signer's certificate), required by PAdES B-B. */
    private AttributeTable signingCertificate() throws GeneralSecurityException {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(chain.get(0).getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2[] { id });
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value)));
        return new AttributeTable(attributes);
    }

    @Override
    public String toString() {
        return "CertificateSigner[" + signerName + ", " + algorithm + "]";
    }
}
