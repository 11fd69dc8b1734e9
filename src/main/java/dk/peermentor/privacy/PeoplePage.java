package dk.peermentor.privacy;

import java.io.Serializable;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinators' privacy page: find a person, export their data, erase them; who is due for erasure. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalDataService service;

    private String query;
    private List<PersonalDataService.PersonRow> found = List.of();
    private List<PersonalDataService.DueForErasure> due;
    private Long erasing;
    private String erasingName;
    private String reason;

    @PostConstruct
    void load() {
        due = service.dueForErasure();
    }

    public void search() {
        try {
            found = service.search(query);
        } catch (RuleViolation refused) {
            found = List.of();
            Messages.refused(refused);
        }
    }

    /** The people found, at most {@link PersonalDataService#SEARCH_SHOWN}. */
    public List<PersonalDataService.PersonRow> getShown() {
        return found.subList(0, Math.min(found.size(), PersonalDataService.SEARCH_SHOWN));
    }

    /** More were found than are shown: the page asks for a narrower search. */
    public boolean isMoreFound() {
        return found.size() > PersonalDataService.SEARCH_SHOWN;
    }

    public int getSearchShown() {
        return PersonalDataService.SEARCH_SHOWN;
    }

    public void askErase(long personId, String name) {
        erasing = personId;
        erasingName = name;
        reason = null;
    }

    public void erase() {
        try {
            service.erase(erasing, reason);
            Messages.info("people.erased", erasingName);
            erasing = null;
            found = query == null ? List.of() : service.search(query);
            load();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void cancel() {
        erasing = null;
    }

    public int getRetentionMonths() {
        return service.retentionMonths();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PersonalDataService.PersonRow> getFound() {
        return found;
    }

    public List<PersonalDataService.DueForErasure> getDue() {
        return due;
    }

    public Long getErasing() {
        return erasing;
    }

    public String getErasingName() {
        return erasingName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
