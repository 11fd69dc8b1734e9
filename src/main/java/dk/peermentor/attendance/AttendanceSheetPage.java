package dk.peermentor.attendance;

import java.io.Serializable;

import dk.peermentor.platform.NotFound;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One cohort's attendance for its trainers (and coordinators): /trainer/cohort?id=... */
@Named
@ViewScoped
public class AttendanceSheetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    private Long id;
    private AttendanceSheet sheet;

    /** Called by f:viewAction once the id is read; the service refuses a cohort the caller does not teach. */
    public void load() {
        if (id == null) {
            throw new NotFound("cohort");
        }
        sheet = attendance.sheetOf(id);
    }

    /** The sheet; a missing or malformed id leaves none, which is a 404. */
    public AttendanceSheet getSheet() {
        if (sheet == null) {
            load();
        }
        return sheet;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
