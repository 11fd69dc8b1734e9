package dk.peermentor.attendance;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the QR code leads: /trainee/check-in?day=...&amp;code=... checks the logged-in trainee in on
 * load and says plainly what happened. A GET that changes data is acceptable here: the code is
 * single-use, and opening it again as the same trainee changes nothing (the answer is the same).
 */
@Named
@RequestScoped
public class CheckInPage {

    @Inject
    CheckInService checkIn;

    private String day;
    private String code;
    private CheckInResult result;
    private RuleViolation refusal;

    public void checkIn() {
        try {
            long teachingDay;
            try {
                teachingDay = Long.parseLong(day == null ? "" : day.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation("checkIn.refused.invalid");
            }
            result = checkIn.checkIn(teachingDay, code);
        } catch (RuleViolation refused) {
            refusal = refused;
        }
    }

    public CheckInResult getResult() {
        return result;
    }

    /** Why not, in the page's language: explained while rendering, once the view's locale is set. */
    public String getRefusal() {
        return refusal == null ? null : Messages.explain(refusal, Messages.pageLanguage());
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
