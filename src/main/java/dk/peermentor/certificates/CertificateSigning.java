package dk.peermentor.certificates;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs every certificate a graduate or coordinator downloads when a keystore is configured
 * ({@code peermentor.certificate.keystore}); without one, certificates go out unsigned. A keystore
 * that is named but cannot be used stops the start: certificates must not go out unsigned silently.
 */
@ApplicationScoped
public class CertificateSigning {

    @Inject
    @ConfigProperty(name = "peermentor.certificate.keystore")
    Optional<String> keystore;

    /** An empty value counts as none in MicroProfile Config: optional, not defaulted. */
    @Inject
    @ConfigProperty(name = "peermentor.certificate.keystore-password")
    Optional<String> password;

    /** Unset: the keystore's first key. */
    @Inject
    @ConfigProperty(name = "peermentor.certificate.key-alias")
    Optional<String> alias;

    /** Unset: the signing certificate's subject. */
    @Inject
    @ConfigProperty(name = "peermentor.certificate.signer-name")
    Optional<String> signerName;

    @Inject
    @ConfigProperty(name = "peermentor.certificate.signing-location")
    Optional<String> location;

    private Optional<CertificateSigner> signer = Optional.empty();

    @PostConstruct
    void load() {
        signer = CertificateSigner.fromKeyStore(keystore.filter(k -> !k.isBlank()).map(Path::of).orElse(null),
                password.orElse("").toCharArray(), alias.orElse(null), signerName.orElse(null), location.orElse(null));
    }

    /** The PDF as it leaves the application: signed when a keystore is configured. */
    public byte[] finish(byte[] pdf) {
        return signer.map(s -> s.sign(pdf)).orElse(pdf);
    }

    public boolean isSigning() {
        return signer.isPresent();
    }
}
