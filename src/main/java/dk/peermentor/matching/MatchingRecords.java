package dk.peermentor.matching;

import java.util.List;
import java.util.Optional;

import dk.peermentor.identity.Person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's matching records (consents, profile, pauses) as the other parts of the module and the
 * privacy service need them: read, exported, forgotten on erasure. No access checks; the callers check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatchingRecords {

    @PersistenceContext
    EntityManager em;

    public boolean consentInForce(Person person) {
        return em.createQuery("""
                select count(c) from MatchingConsent c where c.person.id = :id and c.withdrawnAt is null
                """, Long.class).setParameter("id", person.id()).getSingleResult() > 0;
    }

    public Optional<MatchingConsent> currentConsent(Person person) {
        return em.createQuery("""
                select c from MatchingConsent c where c.person.id = :id and c.withdrawnAt is null
                """, MatchingConsent.class).setParameter("id", person.id()).getResultStream().findFirst();
    }

    /** Every consent, oldest first. */
    public List<MatchingConsent> consentsOf(Person person) {
        return em.createQuery("select c from MatchingConsent c where c.person.id = :id order by c.givenAt, c.id",
                MatchingConsent.class).setParameter("id", person.id()).getResultList();
    }

    public Optional<MatchingProfile> profileOf(Person person) {
        return em.createQuery("select p from MatchingProfile p where p.person.id = :id", MatchingProfile.class)
                .setParameter("id", person.id()).getResultStream().findFirst();
    }

    /** Every pause, oldest first. */
    public List<MatchingPause> pausesOf(Person person) {
        return em.createQuery("select p from MatchingPause p where p.person.id = :id order by p.pausedAt, p.id",
                MatchingPause.class).setParameter("id", person.id()).getResultList();
    }

    public Optional<MatchingPause> pauseInForce(Person person) {
        return em.createQuery("select p from MatchingPause p where p.person.id = :id and p.liftedAt is null",
                MatchingPause.class).setParameter("id", person.id()).getResultStream().findFirst();
    }

    /** Erasure: profile, consents and pauses go; the pool row and the feed keep only the opaque id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Person person) {
        for (String entity : List.of("MatchingProfile", "MatchingConsent", "MatchingPause")) {
            em.createQuery("delete from " + entity + " r where r.person.id = :id").setParameter("id", person.id())
                    .executeUpdate();
        }
    }

    /** For the personal-data export: consents with their text versions, the profile and share choices. */
    public JsonObject exportOf(Person person) {
        JsonArrayBuilder consents = Json.createArrayBuilder();
        consentsOf(person).forEach(c -> {
            JsonObjectBuilder consent = Json.createObjectBuilder().add("textVersion", c.textVersion())
                    .add("givenAt", c.givenAt().toString());
            if (c.withdrawnAt() != null) {
                consent.add("withdrawnAt", c.withdrawnAt().toString());
            }
            consents.add(consent);
        });
        JsonObjectBuilder export = Json.createObjectBuilder().add("consents", consents);
        profileOf(person).ifPresent(p -> {
            MentorProfile told = p.profile();
            JsonObjectBuilder profile = Json.createObjectBuilder()
                    .add("languages", Json.createArrayBuilder(told.languages()))
                    .add("interests", Json.createArrayBuilder(told.interests()))
                    .add("activityKinds", Json.createArrayBuilder(told.activityKinds().stream().map(Enum::name).toList()))
                    .add("days", Json.createArrayBuilder(told.days().stream().map(Enum::name).toList()))
                    .add("sharesFirstName", p.sharing().firstName())
                    .add("sharesEmail", p.sharing().email())
                    .add("sharesPhone", p.sharing().phone())
                    .add("updatedAt", p.updatedAt().toString());
            addOptional(profile, "frequency", told.frequency());
            addOptional(profile, "area", told.area());
            addOptional(profile, "ageBand", told.ageBand());
            addOptional(profile, "gender", told.gender());
            addOptional(profile, "about", told.about());
            export.add("profile", profile);
        });
        JsonArrayBuilder pauses = Json.createArrayBuilder();
        pausesOf(person).forEach(p -> {
            JsonObjectBuilder pause = Json.createObjectBuilder().add("reason", p.reason())
                    .add("pausedAt", p.pausedAt().toString());
            addOptional(pause, "liftedAt", p.liftedAt());
            pauses.add(pause);
        });
        return export.add("pauses", pauses).build();
    }

    private static void addOptional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
