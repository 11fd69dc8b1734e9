package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;

class PersonTest {

    @Test
    void emailAddressesAreKeptInLowerCaseSoDuplicatesAreFound() {
        Person person = new Person(" Søren ", "Æbelø", " Soeren.Aebeloe@Test.Example ", Language.DA);

        assertEquals("soeren.aebeloe@test.example", person.email());
        assertEquals("Søren Æbelø", person.fullName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "@test.example", "two@@test.example", "space @test.example", "end@",
        "two..dots@test.example", "dash@-test.example", "dot@test..example", "<b>@test.example", "quote\"@test.example",
        "sixty-five-characters-before-the-at-sign-is-more-than-mail-allows-x@test.example"})
    void somethingThatIsNotAnEmailAddressIsRefused(String address) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> new Person("Ida", "Holm", address, Language.DA));
        assertEquals("rule.person.email", refusal.messageKey());
    }

    @Test
    void aDateOfBirthCannotLieInTheFuture() {
        Person person = new Person("Ida", "Holm", "ida@test.example", Language.EN);
        LocalDate today = LocalDate.of(2026, 11, 24);

        assertThrows(RuleViolation.class, () -> person.recordDateOfBirth(today.plusDays(1), today));
        assertNull(person.dateOfBirth());

        person.recordDateOfBirth(LocalDate.of(1990, 2, 28), today);
        assertEquals(LocalDate.of(1990, 2, 28), person.dateOfBirth());
    }

    @Test
    void aBlankPhoneNumberIsNoPhoneNumber() {
        Person person = new Person("Ida", "Holm", "ida@test.example", Language.EN);
        person.changePhone("   ");

        assertNull(person.phone());
    }
}
