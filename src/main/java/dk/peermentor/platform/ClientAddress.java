package dk.peermentor.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of whoever sent a request, also behind our reverse proxy: there every request comes
 * from nginx, and the login throttle, the verify page's limit and the audit log would otherwise
 * count the whole world as one address. The {@code X-Forwarded-For} header is believed only from
 * the proxies named in {@code peermentor.proxy.trusted} (default: loopback, nginx on the same
 * host); from anyone else it could be forged, and the connection's own address counts.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    /**
     * The right-most address of the header that is not a trusted proxy: the one our own proxy saw.
     * Entries further left were written by the client or proxies we know nothing about.
     */
    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return remote;
    }

    private static Set<String> trusted() {
        String configured = ConfigProvider.getConfig().getOptionalValue("peermentor.proxy.trusted", String.class)
                .orElse("127.0.0.1,0:0:0:0:0:0:0:1,::1");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
