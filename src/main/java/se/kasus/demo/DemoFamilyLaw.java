package se.kasus.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.NewSnabbupplysning;
import se.kasus.casework.Snabbupplysningar;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;

/**
 * The familjerätt part of the demo: the unit's enhetschef, and a court's request for a snabbupplysning about Noah,
 * whose child-welfare investigation runs in Barn och unga Norr, so the check (log in as frida.familjeratt) finds a
 * current case in another unit and asks for a contact with its caseworker. Runs after {@link DemoChildWelfare}.
 */
@Component
@Profile("demo")
class DemoFamilyLaw {

    static final String UNIT = "familjeratt";

    private final UserDirectory directory;
    private final PersonService persons;
    private final Snabbupplysningar snabbupplysningar;
    private final Clock clock;

    DemoFamilyLaw(UserDirectory directory, PersonService persons, Snabbupplysningar snabbupplysningar, Clock clock) {
        this.directory = directory;
        this.persons = persons;
        this.snabbupplysningar = snabbupplysningar;
        this.clock = clock;
    }

    void createOrganisation() {
        directory.createUser("gunnar.chef", "Gunnar Alm", "Enhetschef, familjerätten", DemoData.PASSWORD, UNIT,
                EnumSet.of(Role.ENHETSCHEF));
    }

    void createCases(DemoChildWelfare.DemoUsers as) {
        LocalDate today = LocalDate.now(clock);
        long noah = persons.findByPersonnummer("20140611-9816").orElseThrow().id();
        long mother = persons.create(new NewPerson("19880412-9826", "Sara", "Lund", "Lekvägen 3", "123 60",
                "Exempelstad", false)).id();
        long father = persons.create(new NewPerson("19860923-9838", "Johan", "Lund", "Norra gatan 5", "123 61",
                "Exempelstad", false)).id();
        as.run("frida.familjeratt", () -> snabbupplysningar.register(new NewSnabbupplysning("Exempelstads tingsrätt",
                "T 1234-26", today.minusDays(2), today.plusDays(12), noah, List.of(mother, father))));
    }
}
