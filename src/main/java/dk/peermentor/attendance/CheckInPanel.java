package dk.peermentor.attendance;

import java.io.Serializable;
import java.util.Objects;

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

    /**
     * The poll: a new check-in updates the count and the roll call, a new code the code; nothing else
     * is re-rendered, and the close button keeps its focus. Closed meanwhile (by another trainer, or
     * the day ended): the whole panel, which stops the poll.
     */
    public void refresh() {
        CheckInDisplay before = display;
        load();
        if (before == null || display.open() != before.open()) {
            rollCall.load();
            PrimeFaces.current().ajax().update("checkIn", "roll");
            return;
        }
        if (display.checkedIn() != before.checkedIn()) {
            rollCall.load();
            PrimeFaces.current().ajax().update("checkIn:count", "roll");
        }
        if (!Objects.equals(display.token(), before.token())) {
            PrimeFaces.current().ajax().update("checkIn:code");
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
