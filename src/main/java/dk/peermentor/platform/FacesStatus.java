package dk.peermentor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Ends a Faces request with an error status, answered by the error page web.xml maps it to. */
final class FacesStatus {

    private FacesStatus() {
    }

    static void endWith(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
