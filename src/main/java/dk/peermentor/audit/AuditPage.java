package dk.peermentor.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.peermentor.platform.Time;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinators' view of the audit log: newest first, filtered, a page at a time. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService service;

    private AuditAction action;
    private String recordType;
    private Long recordId;
    private Long actorAccountId;
    private LocalDate from;
    private LocalDate until;
    private LazyDataModel<Line> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) service.count(filter());
            }

            @Override
            public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return service.page(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Line line) {
                return line.id().toString();
            }

            @Override
            public Line getRowData(String rowKey) {
                return null;
            }
        };
    }

    private AuditFilter filter() {
        return new AuditFilter(action, actorAccountId, recordType == null || recordType.isBlank() ? null : recordType,
                recordId, from == null ? null : from.atStartOfDay(Time.ZONE).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(Time.ZONE).toInstant());
    }

    /** The search button: the lazy model reads the new filter on its next load, from the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:entries");
        if (table instanceof DataTable entriesTable) {
            entriesTable.setFirst(0);
        }
    }

    public void clear() {
        search();
        action = null;
        recordType = null;
        recordId = null;
        actorAccountId = null;
        from = null;
        until = null;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public List<String> getRecordTypes() {
        return List.of("Account", "Attendance", "Enrolment", "Certificate", "Person", "PracticeActivity",
                "MatchingConsent", "MatchingPause", "MentorPool");
    }

    public LazyDataModel<Line> getEntries() {
        return entries;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public void setActorAccountId(Long actorAccountId) {
        this.actorAccountId = actorAccountId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    /** One entry as shown: the actor by name. */
    public record Line(Long id, Instant occurredAt, String actor, String address, AuditAction action,
            String record, String oldValue, String newValue) implements Serializable {

        static List<Line> of(List<AuditEntry> entries, Map<Long, String> names) {
            return entries.stream().map(e -> new Line(e.id(), e.occurredAt(),
                    e.actorAccountId() == null ? null : names.getOrDefault(e.actorAccountId(), "#" + e.actorAccountId()),
                    e.address(), e.action(),
                    e.recordType() == null ? null : e.recordType() + (e.recordId() == null ? "" : " #" + e.recordId()),
                    e.oldValue(), e.newValue())).collect(Collectors.toList());
        }

        static List<Long> actorsOf(List<AuditEntry> entries) {
            return entries.stream().map(AuditEntry::actorAccountId).filter(Objects::nonNull).distinct().toList();
        }
    }
}
