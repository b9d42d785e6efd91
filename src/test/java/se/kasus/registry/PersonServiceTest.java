package se.kasus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs the real V2 migration on in-memory H2 with {@code ddl-auto=validate}, so the entity and the migration are
 * checked against each other. The clock is fixed at 15 June 2025 in Sweden.
 */
@DataJpaTest(showSql = false, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"
})
@Import({PersonService.class, PersonServiceTest.FixedClock.class})
class PersonServiceTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
        }
    }

    @Autowired
    PersonService service;

    @Autowired
    PersonRepository repository;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private PersonView tolvan;

    @BeforeEach
    void registerTolvan() {
        tolvan = service.create(new NewPerson(
                "19121212-1212", " Tolvan ", "Tolvansson", "Storgatan 1", "123 45", "Storstad", false));
    }

    @Test
    void createReturnsTheStoredViewWithCanonicalNumberAndTrimmedNames() {
        assertThat(tolvan.id()).isPositive();
        assertThat(tolvan.personnummer()).isEqualTo("19121212-1212");
        assertThat(tolvan.fullName()).isEqualTo("Tolvan Tolvansson");
        assertThat(service.get(tolvan.id())).isEqualTo(tolvan);
    }

    @Test
    void findsOnExactMatch() {
        assertThat(service.findByPersonnummer("19121212-1212")).contains(tolvan);
        assertThat(service.findByPersonnummer("191212121212")).contains(tolvan);
    }

    @Test
    void tenDigitInputFindsTheTwelveDigitStoredPerson() {
        assertThat(service.findByPersonnummer("121212+1212")).contains(tolvan);
    }

    @Test
    void nearMissFindsNobody() {
        // one digit changed (and a valid check digit), and the same ten digits in the other century
        assertThat(service.findByPersonnummer("19121212-1220")).isEmpty();
        assertThat(service.findByPersonnummer("20121212-1212")).isEmpty();
        assertThat(service.findByPersonnummer("121212-1212")).isEmpty();
        assertThat(service.findByPersonnummer("1212121212")).isEmpty();
    }

    @Test
    void invalidInputIsAnErrorNotAMiss() {
        assertThatThrownBy(() -> service.findByPersonnummer("19121212-1213"))
                .isInstanceOf(InvalidPersonnummerException.class)
                .hasMessage("Kontrollsiffran stämmer inte.");
    }

    @Test
    void duplicateIsRejectedWhateverTheInputForm() {
        NewPerson again = new NewPerson("121212+1212", "Tolvan", "Tolvansson", null, null, null, false);

        assertThatThrownBy(() -> service.create(again))
                .isInstanceOf(DuplicatePersonException.class)
                .hasMessage("Det finns redan en person med det personnumret.");
    }

    @Test
    void uniqueConstraintBacksTheDuplicateCheck() {
        Person twin = new Person(Personnummer.parse("19121212-1212"),
                new NewPerson(null, "Tolvan", "Tolvansson", null, null, null, false), Instant.now());

        assertThatThrownBy(() -> repository.saveAndFlush(twin))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uk_person_personnummer"));
    }

    @Test
    void namesAreRequired() {
        NewPerson nameless = new NewPerson("18900101-9802", " ", "Nittiotvåsson", null, null, null, false);

        assertThatThrownBy(() -> service.create(nameless))
                .isInstanceOf(InvalidPersonException.class)
                .hasMessage("Förnamn saknas.");
    }

    @Test
    void blankAddressIsStoredAsNothing() {
        PersonView person = service.create(
                new NewPerson("18900101-9802", "Nittiotvå", "Nittiotvåsson", " ", "", null, true));

        assertThat(person.streetAddress()).isNull();
        assertThat(person.postalCode()).isNull();
        assertThat(person.protectedIdentity()).isTrue();
    }

    @Test
    void getUnknownIdThrows() {
        assertThatThrownBy(() -> service.get(-1))
                .isInstanceOf(PersonNotFoundException.class)
                .hasMessage("Det finns ingen person med id -1.");
    }

    @Test
    void getAllUsesOneQueryAndKeepsTheOrderAsked() {
        PersonView other = service.create(
                new NewPerson("19121272-9832", "Samuel", "Samordnad", null, null, null, false));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<PersonView> all = service.getAll(List.of(other.id(), tolvan.id(), other.id(), -1L));

        assertThat(all).containsExactly(other, tolvan);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void withoutAddressBlanksOnlyTheAddress() {
        PersonView hidden = tolvan.withoutAddress();

        assertThat(hidden.streetAddress()).isNull();
        assertThat(hidden.postalCode()).isNull();
        assertThat(hidden.city()).isNull();
        assertThat(hidden.fullName()).isEqualTo("Tolvan Tolvansson");
        assertThat(hidden.personnummer()).isEqualTo(tolvan.personnummer());
    }
}
