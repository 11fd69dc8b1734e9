package dk.peermentor.certificates;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinator's certificates of one cohort: who meets the rule and why not, issuing, revoking. */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificationService certification;

    @Inject
    LanguageSelection languageSelection;

    private Long cohortId;
    private String cohortName;
    private String rule;
    private List<Assessment> rows;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Language language;

    public void load() {
        if (cohortId == null) {
            throw new NotFound("cohort");
        }
        // The view action runs before the view's locale is set: ask the visitor's choice itself.
        Language page = languageSelection.getLanguage();
        cohortName = certification.cohortName(cohortId);
        rule = certification.ruleOf(cohortId, page);
        rows = certification.assess(cohortId, page);
    }

    public void issue() {
        List<Long> chosen = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        try {
            List<String> numbers = certification.issue(cohortId, chosen, language);
            selected.clear();
            Messages.info("certificate.issued", numbers.size(), String.join(", ", numbers));
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    public void revoke(long certificateId) {
        try {
            certification.revoke(certificateId, reasons.get(certificateId));
            reasons.remove(certificateId);
            Messages.info("certificate.revoked");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    /** The cohort's certificates as a ZIP: the servlet streams it, this page stays. */
    public void exportZip() throws IOException {
        export("zip");
    }

    /** The cohort's certificates merged into one PDF for printing. */
    public void exportMerged() throws IOException {
        export("pdf");
    }

    private void export(String kind) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/coordinator/certificates." + kind + "?cohort=" + cohortId
                + (language == null ? "" : "&lang=" + language.code()));
    }

    public boolean isAnyToIssue() {
        return rows.stream().anyMatch(Assessment::canBeIssued);
    }

    public boolean isAnyIssued() {
        return rows.stream().anyMatch(r -> r.certificate() != null && !r.certificate().revoked());
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getRule() {
        return rule;
    }

    public List<Assessment> getRows() {
        return rows;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
