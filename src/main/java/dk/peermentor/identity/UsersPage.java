package dk.peermentor.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinators' account list: create and invite, change roles, deactivate, lift locks. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    /** Accounts on one page of the list. */
    static final int PAGE_SIZE = 50;

    private String query;
    private Integer page;
    private AccountService.AccountPage shown;
    private String handOverLink;

    private NewPersonForm person = new NewPersonForm();
    private Role[] roles = {Role.TRAINEE};

    private AccountRow editing;
    private Role[] editedRoles = {};

    /** The page of the list the address asks for ({@code ?q=holm&page=2}); a page past the end shows the last. */
    public void load() {
        int wanted = page == null || page < 1 ? 1 : page;
        try {
            shown = accounts.accounts(query, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
            if (shown.rows().isEmpty() && shown.total() > 0) {
                page = (int) ((shown.total() - 1) / PAGE_SIZE) + 1;
                shown = accounts.accounts(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            }
        } catch (RuleViolation refused) {
            Messages.refused(refused);
            query = null;
            shown = accounts.accounts(null, 0, PAGE_SIZE);
        }
    }

    public void create() {
        try {
            AccountService.HandOver handOver = accounts.create(person.withRoles(setOf(roles)));
            announce(handOver, person.getEmail());
            person = new NewPersonForm();
            roles = new Role[] {Role.TRAINEE};
            load();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void sendLink(AccountRow row) {
        act(() -> announce(accounts.invite(row.id()), row.email()));
    }

    public void deactivate(AccountRow row) {
        act(() -> {
            accounts.deactivate(row.id(), row.version());
            Messages.info("users.deactivated", row.name());
        });
    }

    public void reactivate(AccountRow row) {
        act(() -> {
            accounts.reactivate(row.id(), row.version());
            Messages.info("users.reactivated", row.name());
        });
    }

    public void liftLock(AccountRow row) {
        act(() -> {
            accounts.liftLock(row.id());
            Messages.info("users.unlocked", row.name());
        });
    }

    public void edit(AccountRow row) {
        editing = row;
        editedRoles = row.roles().toArray(Role[]::new);
    }

    public void saveRoles() {
        act(() -> {
            accounts.changeRoles(editing.id(), setOf(editedRoles), editing.version());
            Messages.info("users.rolesChanged", editing.name());
            editing = null;
        });
    }

    public void cancelEdit() {
        editing = null;
    }

    private static Set<Role> setOf(Role[] chosen) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (chosen != null) {
            set.addAll(Arrays.asList(chosen));
        }
        return set;
    }

    private void act(Runnable action) {
        handOverLink = null;
        try {
            action.run();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    private void announce(AccountService.HandOver handOver, String to) {
        if (handOver.mailed()) {
            Messages.info("users.mailed", to);
        } else {
            handOverLink = handOver.link();
            Messages.info("users.handOver", to);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public NewPersonForm getPerson() {
        return person;
    }

    public List<AccountRow> getRows() {
        return shown.rows();
    }

    public AccountService.AccountPage getShown() {
        return shown;
    }

    public int getPageNumber() {
        return shown.first() / PAGE_SIZE + 1;
    }

    public boolean isFirstPage() {
        return shown.first() == 0;
    }

    public boolean isLastPage() {
        return shown.first() + shown.rows().size() >= shown.total();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getHandOverLink() {
        return handOverLink;
    }

    public AccountRow getEditing() {
        return editing;
    }

    public Role[] getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(Role[] editedRoles) {
        this.editedRoles = editedRoles;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
