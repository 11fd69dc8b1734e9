package dk.peermentor.attendance;

import java.io.Serializable;

import org.primefaces.PrimeFaces;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The self check-in panel on the roll call: open and close it, show the current QR code, and let the
 * trainer see the check-ins arrive. The page polls {@link #refresh()}; it re-renders the code and the
 * roll call only when they changed, so a keyboard user's focus is not thrown away every two seconds.
 */
@Named
@ViewScoped
public class CheckInPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckInService checkIn;

    @Inject
    RollCallPage rollCall;

    private CheckInDisplay display;
    private String svg;

    public void open() {
        try {
            checkIn.open(rollCall.getDay());
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    public void close() {
        checkIn.close(rollCall.getDay());
        load();
    }

    /** The poll: a new code or a new check-in updates the page; nothing else does. */
    public void refresh() {
        String before = display == null ? null : display.token();
        long checkedInBefore = display == null ? -1 : display.checkedIn();
        load();
        if (display.checkedIn() != checkedInBefore) {
            rollCall.load();
            PrimeFaces.current().ajax().update("roll", "checkIn");
        } else if (display.token() == null ? before != null : !display.token().equals(before)) {
            PrimeFaces.current().ajax().update("checkIn");
        }
    }

    private void load() {
        display = checkIn.display(rollCall.getDay());
        svg = display.open() ? QrCodeSvg.of(display.link(), Messages.text(Messages.pageLanguage(), "checkIn.qrLabel"))
                : null;
    }

    public CheckInDisplay getDisplay() {
        if (display == null) {
            load();
        }
        return display;
    }

    /** The QR code as SVG markup, built here from the link only (no user input in it). */
    public String getSvg() {
        getDisplay();
        return svg;
    }
}
