package dk.peermentor.materials;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import dk.peermentor.identity.CurrentUser;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.LanguageSelection;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A unit's materials for a trainee: /trainee/unit?unit=...&amp;lang=... The text is in the trainee's
 * own language (their profile's) unless {@code lang} asks for the other; the page around it stays in
 * the language of the session.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialsService materials;

    @Inject
    LanguageSelection languageSelection;

    @Inject
    CurrentUser currentUser;

    private String unit;
    private String lang;
    private UnitMaterials materialsOfUnit;
    private String notYet;
    private String note;
    private Integer noteVersion;

    public void load() {
        if (unit == null) {
            throw new NotFound("unit");
        }
        try {
            String imageBase = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/materials/images/";
            materialsOfUnit = materials.unit(unit, getLanguage(), imageBase);
            note = materialsOfUnit.note();
            noteVersion = materialsOfUnit.noteVersion();
        } catch (RuleViolation notReleased) {
            if (!"rule.materials.notYet".equals(notReleased.messageKey())) {
                throw notReleased;
            }
            LocalDate opensOn = (LocalDate) notReleased.arguments().get(0);
            notYet = Messages.text(languageSelection.getLanguage(), "materials.notYet",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(languageSelection.getLocale())
                            .format(opensOn));
        }
    }

    public void toggleRead() {
        boolean read = !materialsOfUnit.read();
        materials.markRead(unit, read);
        Messages.info(read ? "materials.markedRead" : "materials.markedUnread");
        reload();
    }

    public void saveNote() {
        try {
            noteVersion = materials.saveNote(unit, note, noteVersion);
            Messages.info(noteVersion == null ? "materials.noteDeleted" : "materials.noteSaved");
            reload();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    private void reload() {
        String typed = note;
        load();
        note = typed;
    }

    /** The language of the materials: {@code lang} if it names one of ours, else the trainee's own. */
    public Language getLanguage() {
        return Language.fromCode(lang == null ? "" : lang)
                .orElseGet(() -> currentUser.requirePerson().preferredLanguage());
    }

    /** "Dag" or "Day", in the language of the materials rather than of the page. */
    public String getDayLabel() {
        return Messages.text(getLanguage(), "home.day");
    }

    public Language getOtherLanguage() {
        return getLanguage() == Language.DA ? Language.EN : Language.DA;
    }

    public UnitMaterials getMaterials() {
        return materialsOfUnit;
    }

    public String getNotYet() {
        return notYet;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
