package dk.peermentor.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Mailer;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.PublicUrl;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Accounts and their one-time links: coordinators create, invite, deactivate and change roles;
 * anyone with a valid link sets their password. Every method checks who is asking before it acts.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final int QUERY_MAX_LENGTH = 200;

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    static final String RECORD = "Account";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    Event<PersonChanged> personChanged;

    @Inject
    Event<SessionsEnded> sessionsEnded;

    @Inject
    PublicUrl publicUrl;

    // ---- for coordinators ----------------------------------------------------------------------

    /** Every account with its roles and any current login lock, by name. */
    /**
     * One page of the accounts whose holder's name or e-mail contains {@code query} (all for none),
     * by name: a programme of some years holds hundreds, and the page lists them a page at a time.
     */
    public AccountPage accounts(String query, int first, int pageSize) {
        currentUser.require(Role.COORDINATOR);
        String checked = Text.line(Text.optional(query), QUERY_MAX_LENGTH, "users.query");
        String pattern = Text.likeContaining(checked == null ? "" : checked.toLowerCase(Locale.ROOT));
        String matching = """
                where p.erasedAt is null and (lower(p.givenName) like :q escape '!'
                or lower(p.familyName) like :q escape '!' or p.email like :q escape '!')
                """;
        long total = em.createQuery("select count(a) from Account a join a.person p " + matching, Long.class)
                .setParameter("q", pattern).getSingleResult();
        Map<String, Instant> locks = throttle.currentLocks().stream()
                .collect(Collectors.toMap(LoginThrottle.Lock::loginName, LoginThrottle.Lock::until));
        List<AccountRow> rows = em.createQuery("select a from Account a join fetch a.person p " + matching
                + " order by p.givenName, p.familyName, a.id", Account.class)
                .setParameter("q", pattern).setFirstResult(Math.max(0, first)).setMaxResults(pageSize)
                .getResultStream()
                .map(a -> AccountRow.of(a, locks.get(a.person().email())))
                .toList();
        return new AccountPage(rows, Math.max(0, first), total);
    }

    /** Accounts {@code first + 1} to {@code first + rows.size()} of {@code total}. */
    public record AccountPage(List<AccountRow> rows, int first, long total) implements java.io.Serializable {
    }

    /**
     * Creates an account (and the person, unless one with that e-mail exists already) and sends the
     * invitation. Returns the link to hand over in person when no mail could be sent.
     */
    public HandOver create(NewAccount form) {
        currentUser.require(Role.COORDINATOR);
        Person person = findPerson(form.email()).orElseGet(() -> {
            Person created = new Person(form.givenName(), form.familyName(), form.email(), form.language());
            created.changePhone(form.phone());
            em.persist(created);
            return created;
        });
        if (person.isErased() || accountOf(person).isPresent()) {
            throw new RuleViolation("rule.account.exists", person.email());
        }
        Account account = new Account(person, form.roles(), clock.instant());
        em.persist(account);
        em.flush();
        audit.record(AuditAction.ACCOUNT_CREATED, RECORD, account.id(), null, account.roles());
        return sendLink(account, TokenPurpose.INVITATION);
    }

    /** A new invitation for someone who never set a password; older links stop working. */
    public HandOver invite(long accountId) {
        currentUser.require(Role.COORDINATOR);
        Account account = find(accountId);
        if (!account.isActive()) {
            throw new RuleViolation("rule.account.inactive");
        }
        return sendLink(account, account.hasPassword() ? TokenPurpose.PASSWORD_RESET : TokenPurpose.INVITATION);
    }

    public void changeRoles(long accountId, Set<Role> roles, int expectedVersion) {
        Account me = currentUser.require(Role.COORDINATOR);
        Account account = find(accountId);
        requireVersion(account, expectedVersion);
        Set<Role> before = account.roles();
        if (before.contains(Role.COORDINATOR) && !roles.contains(Role.COORDINATOR)) {
            requireAnotherCoordinator(account, me);
        }
        account.changeRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        audit.record(AuditAction.ROLES_CHANGED, RECORD, account.id(), before, account.roles());
        sessionsEnded(account);
    }

    public void deactivate(long accountId, int expectedVersion) {
        Account me = currentUser.require(Role.COORDINATOR);
        Account account = find(accountId);
        requireVersion(account, expectedVersion);
        if (account.id().equals(me.id())) {
            throw new RuleViolation("rule.account.deactivateSelf");
        }
        if (account.has(Role.COORDINATOR)) {
            requireAnotherCoordinator(account, me);
        }
        account.deactivate();
        revokeLinks(account);
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, RECORD, account.id(), "active", "inactive");
        personChanged.fire(new PersonChanged(account.person()));
    }

    public void reactivate(long accountId, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Account account = find(accountId);
        requireVersion(account, expectedVersion);
        account.reactivate();
        audit.record(AuditAction.ACCOUNT_REACTIVATED, RECORD, account.id(), "inactive", "active");
        personChanged.fire(new PersonChanged(account.person()));
    }

    public void liftLock(long accountId) {
        currentUser.require(Role.COORDINATOR);
        Account account = find(accountId);
        throttle.lift(account.person().email());
        audit.record(AuditAction.LOCK_LIFTED, RECORD, account.id(), "locked", null);
    }

    // ---- for the person themselves ----------------------------------------------------------

    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account me = find(currentUser.requireAccount().id());
        if (!passwords.matches(currentPassword, me.passwordHash())) {
            throw new RuleViolation("rule.password.currentWrong");
        }
        setPassword(me, newPassword);
        audit.record(AuditAction.PASSWORD_CHANGED, RECORD, me.id(), null, null);
        sessionsEnded(me);
    }

    /** "Log out on all devices": every other session of the caller's account ends; this one goes on. */
    public void endOtherSessions() {
        Account me = find(currentUser.requireAccount().id());
        me.endSessions();
        audit.record(AuditAction.SESSIONS_ENDED, RECORD, me.id(), null, null);
        sessionsEnded(me);
    }

    public void changeOwnLanguage(Language language) {
        find(currentUser.requireAccount().id()).person().prefer(language);
    }

    // ---- for anyone holding a link ---------------------------------------------------------

    /** What a link is good for, so its page can greet the person or explain why it no longer works. */
    public LinkState check(TokenPurpose purpose, String secret) {
        return findToken(secret).map(token -> {
            Instant now = clock.instant();
            if (token.purpose() != purpose) {
                return LinkState.UNKNOWN;
            } else if (token.isUsed()) {
                return LinkState.USED;
            } else if (token.isExpiredAt(now)) {
                return LinkState.EXPIRED;
            }
            return LinkState.VALID;
        }).orElse(LinkState.UNKNOWN);
    }

    /** The e-mail of the account a valid link belongs to (shown as the login name on the page). */
    public Optional<String> loginNameOf(String secret) {
        return findToken(secret).map(OneTimeToken::account).map(account -> account.person().email());
    }

    /** Sets the password of the account an invitation or reset link belongs to, and spends the link. */
    public void setPasswordWithLink(TokenPurpose purpose, String secret, String newPassword) {
        OneTimeToken token = usableToken(purpose, secret);
        Account account = token.account();
        if (!account.isActive()) {
            throw new RuleViolation("rule.link.invalid");
        }
        setPassword(account, newPassword);
        token.use(clock.instant());
        revokeLinks(account);
        sessionsEnded(account);
        audit.recordAnonymous(purpose == TokenPurpose.INVITATION ? AuditAction.INVITATION_ACCEPTED
                : AuditAction.PASSWORD_RESET, account.id(), null, RECORD, account.id(), null);
    }

    /** The first coordinator, through the link printed to the log of a fresh installation. */
    public void completeSetup(String secret, NewAccount form, String password) {
        OneTimeToken token = usableToken(TokenPurpose.SETUP, secret);
        if (hasCoordinator()) {
            throw new RuleViolation("rule.link.invalid");
        }
        Person person = findPerson(form.email()).orElseGet(() -> {
            Person created = new Person(form.givenName(), form.familyName(), form.email(), form.language());
            em.persist(created);
            return created;
        });
        Account account = new Account(person, EnumSet.of(Role.COORDINATOR), clock.instant());
        setPassword(account, password);
        em.persist(account);
        token.use(clock.instant());
        em.flush();
        audit.recordAnonymous(AuditAction.SETUP_COMPLETED, account.id(), null, RECORD, account.id(), "COORDINATOR");
    }

    /**
     * Sends a reset link if an active account has this address. Says nothing either way, so the
     * form cannot be used to find out who takes part.
     */
    public void requestPasswordReset(String email) {
        accounts.findByEmail(email).filter(Account::isActive).ifPresent(account -> {
            if (mailer.isConfigured()) {
                sendLink(account, TokenPurpose.PASSWORD_RESET);
            } else {
                LOG.info("A password reset was asked for, but no SMTP server is configured; a coordinator can "
                        + "hand over a link from the user list.");
            }
        });
    }

    // ---- setup of a fresh installation ----------------------------------------------------------

    public boolean hasCoordinator() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role and a.active = true",
                Long.class).setParameter("role", Role.COORDINATOR).getSingleResult() > 0;
    }

    /** A new setup link, replacing any older one that was never used. */
    public String issueSetupLink() {
        em.createQuery("delete from OneTimeToken t where t.purpose = :purpose and t.usedAt is null")
                .setParameter("purpose", TokenPurpose.SETUP).executeUpdate();
        OneTimeToken.Issued issued = OneTimeToken.issue(TokenPurpose.SETUP, null, clock.instant());
        em.persist(issued.token());
        return link(TokenPurpose.SETUP, issued.secret());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private HandOver sendLink(Account account, TokenPurpose purpose) {
        revokeLinks(account);
        OneTimeToken.Issued issued = OneTimeToken.issue(purpose, account, clock.instant());
        em.persist(issued.token());
        String link = link(purpose, issued.secret());
        audit.record(purpose == TokenPurpose.INVITATION ? AuditAction.INVITATION_SENT
                : AuditAction.PASSWORD_RESET_ISSUED, RECORD, account.id(), null, purpose);
        Language language = account.person().preferredLanguage();
        Function<String, String> text = key -> Messages.text(language, key);
        String prefix = purpose == TokenPurpose.INVITATION ? "mail.invitation." : "mail.reset.";
        boolean mailed = mailer.send(account.person().email(), text.apply(prefix + "subject"),
                Messages.text(language, prefix + "body", account.person().givenName(), link,
                        purpose.validity().toHours()));
        return new HandOver(mailed ? null : link, mailed);
    }

    /** The account's sessions were ended; the one making the change, if it is the account's own, goes on. */
    private void sessionsEnded(Account account) {
        sessionsEnded.fire(new SessionsEnded(account.id(), account.sessionGeneration()));
    }

    private void revokeLinks(Account account) {
        em.createQuery("update OneTimeToken t set t.usedAt = :now where t.account = :account and t.usedAt is null")
                .setParameter("now", clock.instant()).setParameter("account", account).executeUpdate();
    }

    private void setPassword(Account account, String newPassword) {
        PasswordPolicy.check(newPassword, account.person().email());
        account.changePassword(passwords.hash(newPassword));
    }

    private OneTimeToken usableToken(TokenPurpose purpose, String secret) {
        OneTimeToken token = findToken(secret).orElseThrow(() -> new RuleViolation("rule.link.invalid"));
        if (!token.isUsableFor(purpose, clock.instant())) {
            throw new RuleViolation(token.isExpiredAt(clock.instant()) ? "rule.link.expired" : "rule.link.invalid");
        }
        return token;
    }

    private Optional<OneTimeToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from OneTimeToken t where t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", OneTimeToken.hash(secret)).getResultStream().findFirst();
    }

    private String link(TokenPurpose purpose, String secret) {
        return publicUrl.of(purpose.page() + "?token=" + secret);
    }

    private Account find(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.person().isErased()) {
            throw new RuleViolation("rule.account.unknown");
        }
        return account;
    }

    private Optional<Person> findPerson(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", LoginThrottle.normalise(email)).getResultStream().findFirst();
    }

    private Optional<Account> accountOf(Person person) {
        return em.createQuery("select a from Account a where a.person = :person", Account.class)
                .setParameter("person", person).getResultStream().findFirst();
    }

    private void requireAnotherCoordinator(Account account, Account me) {
        long others = em.createQuery("""
                select count(a) from Account a join a.roles r
                where r = :role and a.active = true and a.id <> :id
                """, Long.class).setParameter("role", Role.COORDINATOR).setParameter("id", account.id())
                .getSingleResult();
        if (others == 0) {
            throw new RuleViolation("rule.account.lastCoordinator");
        }
    }

    private static void requireVersion(Account account, int expectedVersion) {
        if (account.version() != expectedVersion) {
            throw new RuleViolation("rule.concurrentEdit");
        }
    }

    /** What to show the coordinator after sending a link: nothing when it was mailed, else the link. */
    public record HandOver(String link, boolean mailed) {
    }

    /** Whether a link still works. */
    public enum LinkState {
        VALID, EXPIRED, USED, UNKNOWN
    }
}
