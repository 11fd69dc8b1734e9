package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> NGINX_HERE = Set.of("127.0.0.1");

    @Test
    void behindOurProxyTheAddressItSawCounts() {
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", "198.51.100.7", NGINX_HERE));
    }

    @Test
    void whatTheClientWroteIntoTheHeaderItselfIsIgnored() {
        // nginx appends the address it saw to whatever the client sent.
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", "203.0.113.1, 198.51.100.7", NGINX_HERE));
    }

    @Test
    void aClientReachingTheInstanceDirectlyCannotForgeItsAddress() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", NGINX_HERE));
    }

    @Test
    void withoutTheHeaderTheConnectionCounts() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, NGINX_HERE));
    }
}
