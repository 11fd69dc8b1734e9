package dk.peermentor.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.Problem;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs in the callers of the API (everything under /api/): a bearer token of an {@link ApiClient},
 * or a MicroProfile JWT when {@code mp.jwt.verify.*} is configured. No session is read or made;
 * a missing, unknown, revoked, expired or badly signed credential is a 401 problem, never a
 * redirect to the login page. Called by {@link FormLoginMechanism}, since an application has one.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** Request attribute: how the audit log names the caller (client name and principal). */
    public static final String CLIENT_NAME = BearerAuthentication.class.getName() + ".clientName";

    static final String JWT_PREFIX = "jwt:";

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());

    @Inject
    ApiClientService clients;

    @Inject
    Config config;

    // Null when no key is configured: then a JWT is refused like any unknown token.
    private DefaultJWTProcessor<SecurityContext> jwtProcessor;

    @PostConstruct
    void readJwtConfiguration() {
        Optional<String> key = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
        if (key.isEmpty() && location.isEmpty()) {
            return;
        }
        if (issuer.isEmpty()) {
            // A key without an issuer would accept tokens any holder of the key's other tenants made.
            throw new IllegalStateException("mp.jwt.verify.issuer is required when a JWT key is configured");
        }
        JWKSet keys = parseKeys(key.orElseGet(() -> read(location.orElseThrow())));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.get()).build(), Set.of("iss", "exp")));
        jwtProcessor = processor;
    }

    /** Authenticates an API request, or answers it with 401. */
    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<Caller> caller = bearerToken(request).flatMap(this::callerOf);
        if (caller.isEmpty()) {
            return unauthorized(request, response);
        }
        request.setAttribute(CLIENT_NAME, caller.get().description());
        return context.notifyContainerAboutLogin(caller.get().principal(), caller.get().groups());
    }

    private Optional<Caller> callerOf(String token) {
        // A JWT has three dot-separated parts; our own tokens are base64url without dots.
        if (token.chars().filter(c -> c == '.').count() == 2) {
            return jwtCaller(token);
        }
        return clients.authenticate(token)
                .map(client -> new Caller(client.principalName(), client.scopes(), client.describedForAudit()));
    }

    private Optional<Caller> jwtCaller(String token) {
        if (jwtProcessor == null) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = jwtProcessor.process(token, null);
            String name = firstPresent(claims, "upn", "preferred_username", "sub");
            List<String> groups = Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
            Set<String> scopes = new HashSet<>(groups);
            scopes.retainAll(Set.of(ApiScopes.READ, ApiScopes.WRITE));
            if (name == null || scopes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Caller(JWT_PREFIX + name, Set.copyOf(scopes), JWT_PREFIX + name));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.FINE, "JWT refused", e);
            return Optional.empty();
        }
    }

    private static String firstPresent(JWTClaimsSet claims, String... names) throws ParseException {
        for (String name : names) {
            String value = claims.getStringClaim(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        Language language = Language.preferredBy(request.getHeader("Accept-Language"));
        Problem problem = Problem.of("unauthorized", HttpServletResponse.SC_UNAUTHORIZED, language,
                request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"peermentor\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(problem.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The answer is written: the container must neither call the resource nor write its own.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** A PEM or bare base64 RSA public key, or a JWK / JWK set (MicroProfile JWT allows all three). */
    static JWKSet parseKeys(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed) : new JWKSet(JWK.parse(trimmed));
            }
            String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new JWKSet(new RSAKey.Builder(key).build());
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey: not a PEM, JWK or JWK set", e);
        }
    }

    private static String read(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("file:")) {
                try (InputStream in = URI.create(location).toURL().openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("mp.jwt.verify.publickey.location: cannot read " + location, e);
        }
    }

    /** Who called: the principal's name, its groups, and how the audit log names it. */
    record Caller(String principal, Set<String> groups, String description) {
    }
}
