package dk.peermentor.platform;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The address people use ({@code peermentor.public-url}): the one source of the links in e-mails, on
 * certificates and QR codes, in calendars and in the API's answers. Never the request's Host header,
 * which a client chooses (a link built from it can point anywhere, and calendar UIDs made from it
 * change with the address a feed was fetched by).
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "peermentor.public-url", defaultValue = "http://localhost:8080/")
    String configured;

    /** The address with a closing slash, e.g. {@code https://mentor.fjordby.dk/}. */
    public String base() {
        return configured.endsWith("/") ? configured : configured + "/";
    }

    /** {@code path} (relative, no leading slash) under the public address. */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The host name alone, e.g. for identifiers that must be unique to this installation. */
    public String host() {
        String host = URI.create(base()).getHost();
        return host == null ? "localhost" : host;
    }
}
