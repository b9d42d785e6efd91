package se.kasus.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two users register the same person at once: both pass the exists check and the database's unique constraint
 * stops the second. The service must then report a duplicate, and must not mistake other integrity errors for one.
 * The messages are the drivers' own, from H2 2.x and PostgreSQL 15.
 */
class PersonServiceConcurrentCreateTest {

    private static final NewPerson TOLVAN =
            new NewPerson("19121212-1212", "Tolvan", "Tolvansson", null, null, null, false);

    private final PersonRepository persons = mock(PersonRepository.class);
    private PersonService service;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
        service = new PersonService(persons, new StaticListableBeanFactory(Map.of("clock", clock))
                .getBeanProvider(Clock.class));
        when(persons.existsByPersonnummer("19121212-1212")).thenReturn(false);
    }

    @Test
    void uniqueViolationOnPostgresIsADuplicate() {
        failInsertWith("ERROR: duplicate key value violates unique constraint \"uk_person_personnummer\"");

        assertThatThrownBy(() -> service.create(TOLVAN)).isInstanceOf(DuplicatePersonException.class);
    }

    @Test
    void uniqueViolationOnH2IsADuplicate() {
        failInsertWith("Unique index or primary key violation: \"PUBLIC.UK_PERSON_PERSONNUMMER_INDEX_8 ON "
                + "PUBLIC.PERSON(PERSONNUMMER NULLS FIRST) VALUES ( /* 9 */ '19121212-1212' )\"");

        assertThatThrownBy(() -> service.create(TOLVAN)).isInstanceOf(DuplicatePersonException.class);
    }

    @Test
    void otherIntegrityErrorsPassThrough() {
        failInsertWith("ERROR: null value in column \"first_name\" violates not-null constraint");

        assertThatThrownBy(() -> service.create(TOLVAN)).isExactlyInstanceOf(DataIntegrityViolationException.class);
    }

    private void failInsertWith(String driverMessage) {
        when(persons.saveAndFlush(any(Person.class))).thenThrow(
                new DataIntegrityViolationException("could not execute statement", new SQLException(driverMessage)));
    }
}
