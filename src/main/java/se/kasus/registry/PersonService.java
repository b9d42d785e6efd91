package se.kasus.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person registry's public API. It does no access control and no audit logging: those are wrapped around it
 * elsewhere, so every caller outside that wrapper must be trusted code.
 *
 * <p>Personnummer input is parsed with {@link Personnummer#parse(String, LocalDate)} against the application's
 * {@link Clock} bean when there is one (so tests that move the clock move the century rule with it), otherwise
 * against the clock in Europe/Stockholm.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    private static final String UNIQUE_PERSONNUMMER = "uk_person_personnummer";

    private final PersonRepository persons;
    private final Clock clock;

    PersonService(PersonRepository persons, ObjectProvider<Clock> clock) {
        this.persons = persons;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Stockholm")));
    }

    /**
     * The person with exactly this personnummer, compared in canonical form. A number that differs in any digit,
     * or only in century, finds nobody rather than someone else.
     *
     * @throws InvalidPersonnummerException if {@code input} is not a valid personnummer or samordningsnummer
     */
    public Optional<PersonView> findByPersonnummer(String input) {
        Personnummer personnummer = Personnummer.parse(input, today());
        return persons.findByPersonnummer(personnummer.toString()).map(Person::toView);
    }

    /** @throws PersonNotFoundException if no person has this id */
    public PersonView get(long id) {
        return persons.findById(id).map(Person::toView).orElseThrow(() -> new PersonNotFoundException(id));
    }

    /**
     * The persons with these ids, fetched in one query, in the order of {@code ids} with repeats removed. Ids that
     * match nobody are left out rather than failing the whole list; compare sizes if that matters.
     */
    public List<PersonView> getAll(Collection<Long> ids) {
        LinkedHashSet<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of(); // "in ()" is not valid SQL everywhere, and there is nothing to ask for
        }
        Map<Long, PersonView> found = persons.findAllById(wanted).stream()
                .map(Person::toView)
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Registers a new person. Names are trimmed and required; blank address fields are stored as {@code null}.
     *
     * @throws InvalidPersonnummerException if the personnummer is not valid
     * @throws InvalidPersonException if a name is missing or a field is too long
     * @throws DuplicatePersonException if a person with the same personnummer already exists
     */
    @Transactional
    public PersonView create(NewPerson newPerson) {
        Personnummer personnummer = Personnummer.parse(newPerson.personnummer(), today());
        NewPerson details = validated(newPerson);
        if (persons.existsByPersonnummer(personnummer.toString())) {
            throw new DuplicatePersonException();
        }
        return insert(new Person(personnummer, details, clock.instant())).toView();
    }

    /** The check above misses a concurrent insert of the same number; the unique constraint catches that one. */
    private Person insert(Person person) {
        try {
            return persons.saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            if (violates(e, UNIQUE_PERSONNUMMER)) {
                throw new DuplicatePersonException(e);
            }
            throw e;
        }
    }

    private static boolean violates(DataIntegrityViolationException e, String constraint) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(constraint);
    }

    private static NewPerson validated(NewPerson input) {
        return new NewPerson(
                input.personnummer(),
                required(input.firstName(), "Förnamn", Person.NAME_LENGTH),
                required(input.lastName(), "Efternamn", Person.NAME_LENGTH),
                optional(input.streetAddress(), "Gatuadress", Person.STREET_ADDRESS_LENGTH),
                optional(input.postalCode(), "Postnummer", Person.POSTAL_CODE_LENGTH),
                optional(input.city(), "Ort", Person.CITY_LENGTH),
                input.protectedIdentity());
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidPersonException(field + " saknas.");
        }
        return withinLength(value.strip(), field, maxLength);
    }

    private static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : withinLength(value.strip(), field, maxLength);
    }

    private static String withinLength(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidPersonException(field + " får ha högst " + maxLength + " tecken.");
        }
        return value;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
