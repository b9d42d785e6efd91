package se.kasus;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Two units and a user for every role, created once per Spring context through the real user directory; persons
 * are created per test with fresh personnummer, so tests sharing a context never see each other's clients.
 */
@Component
public class TestOrganisation {

    public static final String NORR = "norr";
    public static final String SYD = "syd";
    public static final String PASSWORD = "test-losen";
    public static final String HEMTJANST_NORR = "hemtjanst-norr";
    public static final String OMSORGEN_AB = "omsorgen-ab";
    public static final String FAMILJERATT = "familjeratt";
    public static final String EKB = "ekb";

    private final UserDirectory directory;
    private final UserDetailsService userDetails;
    private final PersonService persons;

    TestOrganisation(UserDirectory directory, UserDetailsService userDetails, PersonService persons) {
        this.directory = directory;
        this.userDetails = userDetails;
        this.persons = persons;
    }

    public synchronized void ensure() {
        if (directory.unit(NORR).isPresent()) {
            return;
        }
        directory.createUnit(NORR, "Äldreomsorg Norr");
        directory.createUnit(SYD, "Äldreomsorg Syd");
        user("handlaggare.norr", NORR, Role.HANDLAGGARE);
        user("handlaggare2.norr", NORR, Role.HANDLAGGARE);
        user("forste.norr", NORR, Role.FORSTE_SOCIALSEKRETERARE);
        user("chef.norr", NORR, Role.ENHETSCHEF);
        user("handlaggare.syd", SYD, Role.HANDLAGGARE);
        user("chef.syd", SYD, Role.ENHETSCHEF);
        user("revisor", null, Role.REVISOR);
        user("admin", null, Role.SYSTEMFORVALTARE);
        user("utforare", null, Role.UTFORARE);
        user("namnd.norr", NORR, Role.NAMND);
        // Provider staff: their unit is their provider id (config/municipality.yml), see se.kasus.provision
        directory.createUnit(HEMTJANST_NORR, "Hemtjänsten Norr (egen regi)");
        directory.createUnit(OMSORGEN_AB, "Omsorgen i Exempelkommunen AB");
        user("personal.norr", HEMTJANST_NORR, Role.UTFORARE);
        user("personal2.norr", HEMTJANST_NORR, Role.UTFORARE);
        user("samordnare.norr", HEMTJANST_NORR, Role.UTFORARE_SAMORDNARE);
        user("personal.ab", OMSORGEN_AB, Role.UTFORARE);
        user("samordnare.ab", OMSORGEN_AB, Role.UTFORARE_SAMORDNARE);
        user("utforare.norr", HEMTJANST_NORR, Role.UTFORARE);
        user("utforare.ab", OMSORGEN_AB, Role.UTFORARE);
        directory.createUnit("ifo-oppenvard", "Individ- och familjeomsorgens öppenvård (egen regi)");
        user("utforare.ifo", "ifo-oppenvard", Role.UTFORARE);
        directory.createUnit(FAMILJERATT, "Familjerätten");
        user("familjeratt.fr", FAMILJERATT, Role.FAMILJERATTSSEKRETERARE);
        directory.createUnit(EKB, "Ekonomiskt bistånd");
        user("handlaggare.ekb", EKB, Role.HANDLAGGARE);
        user("forste.ekb", EKB, Role.FORSTE_SOCIALSEKRETERARE);
        // Told when a court's deadline for a snabbupplysning passes unanswered.
        user("chef.fr", FAMILJERATT, Role.ENHETSCHEF);
    }

    private void user(String username, String unit, Role role) {
        directory.createUser(username, "Test " + username, role.label(), PASSWORD, unit, EnumSet.of(role));
    }

    public PersonView newPerson() {
        return persons.create(new NewPerson(TestPersonnummer.next(), "Test", "Person", "Testgatan 1", "123 45",
                "Teststad", false));
    }

    /** A person with skyddad identitet: the address is on file but must never be shown. */
    public PersonView newProtectedPerson() {
        return persons.create(new NewPerson(TestPersonnummer.next(), "Skyddad", "Person", "Hemliga vägen 1", "123 45",
                "Teststad", true));
    }

    public <T> T as(String username, Supplier<T> body) {
        var principal = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return body.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable body) {
        as(username, () -> {
            body.run();
            return null;
        });
    }
}
