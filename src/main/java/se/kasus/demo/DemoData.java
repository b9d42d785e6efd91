package se.kasus.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import se.kasus.access.AccessDeniedException;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseView;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.InboxItem;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Demo data on first start (profile {@code demo}): two units, a user for every role, persons, and cases standing at
 * different steps. Cases are driven through the same services a caseworker uses, so they are real cases with real
 * process state and audit entries. Every demo user's password is {@value #PASSWORD}.
 */
@Component
@Profile("demo")
class DemoData {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserDirectory directory;
    private final UserDetailsService userDetails;
    private final PersonService persons;
    private final CaseIntake intake;
    private final CaseWork work;
    private final ClientFileService clientFiles;
    private final DemoChildWelfare childWelfare;
    private final Clock clock;
    private final DemoFamilyLaw familyLaw;

    DemoData(UserDirectory directory, UserDetailsService userDetails, PersonService persons, CaseIntake intake,
            CaseWork work, ClientFileService clientFiles, DemoChildWelfare childWelfare, Clock clock,
            DemoFamilyLaw familyLaw) {
        this.directory = directory;
        this.userDetails = userDetails;
        this.persons = persons;
        this.intake = intake;
        this.work = work;
        this.clientFiles = clientFiles;
        this.childWelfare = childWelfare;
        this.clock = clock;
        this.familyLaw = familyLaw;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!directory.units().isEmpty()) {
            return;
        }
        log.info("Första start: läser in demodata");
        createOrganisation();
        List<PersonView> people = createPersons();
        createCases(people);
        readFiles(people);
        childWelfare.createOrganisation();
        childWelfare.createCases(this::as);
        familyLaw.createOrganisation();
        familyLaw.createCases(this::as);
        log.info("Demodata inläst. Logga in som anna.handlaggare / {}", PASSWORD);
    }

    private void createOrganisation() {
        directory.createUnit("aldre-norr", "Äldreomsorg Norr");
        directory.createUnit("aldre-syd", "Äldreomsorg Syd");
        user("anna.handlaggare", "Anna Berg", "Biståndshandläggare", "aldre-norr", Role.HANDLAGGARE);
        user("bertil.handlaggare", "Bertil Ek", "Biståndshandläggare", "aldre-norr", Role.HANDLAGGARE);
        user("cecilia.forste", "Cecilia Lind", "1:e socialsekreterare", "aldre-norr", Role.FORSTE_SOCIALSEKRETERARE);
        user("david.chef", "David Holm", "Enhetschef", "aldre-norr", Role.ENHETSCHEF);
        user("gun.namnd", "Gun Ström", "Ordförande, individutskottet", "aldre-norr", Role.NAMND);
        user("eva.handlaggare", "Eva Sjö", "Biståndshandläggare", "aldre-syd", Role.HANDLAGGARE);
        user("karin.forste", "Karin Falk", "1:e socialsekreterare", "aldre-syd", Role.FORSTE_SOCIALSEKRETERARE);
        user("fredrik.chef", "Fredrik Nord", "Enhetschef", "aldre-syd", Role.ENHETSCHEF);
        // Provider organisations: their unit is the provider id in config/municipality.yml.
        directory.createUnit("hemtjanst-norr", "Hemtjänsten Norr (egen regi)");
        directory.createUnit("omsorgen-ab", "Omsorgen i Exempelkommunen AB");
        user("helena.utforare", "Helena Ros", "Samordnare, Hemtjänsten Norr", "hemtjanst-norr", Role.UTFORARE);
        user("ivar.admin", "Ivar Dahl", "Systemförvaltare", null, Role.SYSTEMFORVALTARE);
        user("johanna.revisor", "Johanna Kvist", "Förtroendevald revisor", null, Role.REVISOR);
        // More provider staff: tidrapportering (/utforare) and the coordinator's corrections.
        user("lisa.personal", "Lisa Ek", "Undersköterska, Hemtjänsten Norr", "hemtjanst-norr", Role.UTFORARE);
        user("maria.samordnare", "Maria Ros", "Samordnare, Hemtjänsten Norr", "hemtjanst-norr",
                Role.UTFORARE_SAMORDNARE);
        user("olle.personal", "Olle Ström", "Vårdbiträde, Omsorgen AB", "omsorgen-ab", Role.UTFORARE);
        user("olof.utforare", "Olof Berg", "Verksamhetschef, Omsorgen AB", "omsorgen-ab", Role.UTFORARE);
        directory.createUnit("familjeratt", "Familjerätten");
        user("frida.familjeratt", "Frida Lund", "Familjerättssekreterare", "familjeratt", Role.FAMILJERATTSSEKRETERARE);
        // Ekonomiskt bistånd: a unit and its staff; no demo case, as an ansökan needs a month riksnormen covers.
        directory.createUnit("ekb", "Ekonomiskt bistånd");
        user("goran.ekb", "Göran Lind", "Socialsekreterare, ekonomiskt bistånd", "ekb", Role.HANDLAGGARE);
        user("hanna.forste", "Hanna Berg", "1:e socialsekreterare, ekonomiskt bistånd", "ekb",
                Role.FORSTE_SOCIALSEKRETERARE);
    }

    private void user(String username, String name, String title, String unit, Role role) {
        directory.createUser(username, name, title, PASSWORD, unit, EnumSet.of(role));
    }

    private List<PersonView> createPersons() {
        return List.of(
                person("19340312-9806", "Astrid", "Lindqvist", "Storgatan 12", "123 45", "Exempelstad", false),
                person("19380704-9816", "Karl", "Johansson", "Björkvägen 3", "123 46", "Exempelstad", false),
                person("19410923-9824", "Margit", "Olsson", "Kyrkogatan 7 B", "123 47", "Exempelstad", false),
                person("19291130-9835", "Erik", "Nilsson", "Hamngatan 21", "123 48", "Exempelstad", false),
                person("19450215-9843", "Ingrid", "Persson", "Skolvägen 5", "123 49", "Exempelstad", false),
                person("19370518-9854", "Gösta", "Andersson", "Ängsvägen 14", "123 50", "Exempelstad", false),
                person("19330101-9869", "Britt", "Svensson", null, null, null, true),
                person("19400830-9876", "Lennart", "Karlsson", "Parkgatan 2", "123 52", "Exempelstad", false),
                person("19261224-9884", "Elsa", "Gustafsson", "Sjövägen 9", "123 53", "Exempelstad", false),
                person("19420607-9891", "Sven", "Pettersson", "Torget 1", "123 54", "Exempelstad", false),
                person("19350419-9807", "Maj", "Eriksson", "Lilla vägen 4", "123 55", "Exempelstad", false),
                person("19390228-9812", "Bengt", "Larsson", "Södra gatan 8", "123 56", "Exempelstad", false));
    }

    private PersonView person(String pnr, String first, String last, String street, String zip, String city,
            boolean protectedIdentity) {
        return persons.create(new NewPerson(pnr, first, last, street, zip, city, protectedIdentity));
    }

    /** Cases at different steps, so a newcomer sees a living system. */
    private void createCases(List<PersonView> p) {
        LocalDate today = LocalDate.now(clock);
        as("anna.handlaggare", () -> {
            register(p.get(0), ServiceType.HEMTJANST, "Behöver hjälp med dusch och inköp efter fallolycka.", today.minusDays(2));
            CaseView investigated = register(p.get(1), ServiceType.TRYGGHETSLARM, "Önskar trygghetslarm.", today.minusDays(10));
            investigate(investigated, ServiceType.TRYGGHETSLARM);
            CaseView proposed = register(p.get(2), ServiceType.HEMTJANST, "Ansöker om hemtjänst, 30 timmar per månad.", today.minusDays(20));
            investigate(proposed, ServiceType.HEMTJANST);
            propose(proposed, "BIFALL", ServiceType.HEMTJANST, 30, today);
            CaseView refused = register(p.get(3), ServiceType.SARSKILT_BOENDE, "Ansöker om särskilt boende.", today.minusDays(25));
            investigate(refused, ServiceType.SARSKILT_BOENDE);
            propose(refused, "AVSLAG", ServiceType.SARSKILT_BOENDE, null, today);
            CaseView boende = register(p.get(4), ServiceType.SARSKILT_BOENDE, "Ansöker om särskilt boende, demens.", today.minusDays(30));
            investigate(boende, ServiceType.SARSKILT_BOENDE);
            propose(boende, "BIFALL", ServiceType.SARSKILT_BOENDE, 1, today);
            register(p.get(6), ServiceType.MATDISTRIBUTION, "Ansöker om matdistribution.", today.minusDays(1));
            CaseView decided = register(p.get(5), ServiceType.HEMTJANST, "Ansöker om hjälp med inköp.", today.minusDays(35));
            investigate(decided, ServiceType.HEMTJANST);
            propose(decided, "BIFALL", ServiceType.HEMTJANST, 12, today);
            complete(decided, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        });
        as("anna.handlaggare", () -> orderWaitingForTheProvider(p.get(9), today));
        as("eva.handlaggare", () -> {
            register(p.get(7), ServiceType.HEMTJANST, "Ansöker om hjälp med städning.", today.minusDays(3));
            register(p.get(8), ServiceType.DAGVERKSAMHET, "Ansöker om dagverksamhet.", today.minusDays(6));
        });
    }

    /**
     * A granted hemtjänst ordered from Omsorgen AB (kundval), waiting for the provider's answer (log in as
     * olof.utforare). The decision letter is made by the job executor, which starts only when start-up is done, so
     * the delivery and the order are finished in the background once the letter is there.
     */
    private void orderWaitingForTheProvider(PersonView person, LocalDate today) {
        CaseView c = register(person, ServiceType.HEMTJANST, "Ansöker om hemtjänst efter sjukhusvistelse.",
                today.minusDays(14));
        investigate(c, ServiceType.HEMTJANST);
        propose(c, "BIFALL", ServiceType.HEMTJANST, 12, today);
        complete(c, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        Thread finish = new Thread(() -> as("anna.handlaggare", () -> orderOnceDelivered(c, today)),
                "demodata-bestallning");
        finish.setDaemon(true);
        finish.start();
    }

    private void orderOnceDelivered(CaseView c, LocalDate today) {
        for (int attempt = 0; attempt < 120 && !hasTask(c, "Task_RegistreraDelgivning"); attempt++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!hasTask(c, "Task_RegistreraDelgivning")) {
            log.warn("Demodata: beslutsbrevet blev inte klart i tid; beställningen till utföraren hoppas över");
            return;
        }
        complete(c, "Task_RegistreraDelgivning", Map.of("delgivningsdatum", today.toString(), "delgivningssatt",
                "BREV"));
        complete(c, "Task_SkickaBestallning", Map.of("val", "KUNDVAL", "utforare", "omsorgen-ab", "onskadStart",
                today.plusDays(3).toString(), "uppdrag", "Hjälp med dusch två gånger i veckan och inköp varje fredag."));
    }

    private boolean hasTask(CaseView c, String taskKey) {
        return work.inbox().stream().anyMatch(t -> t.caseId() == c.id() && t.taskKey().equals(taskKey));
    }

    /** Who read whose file, so the revisor's views under /logg have something to show, a refusal included. */
    private void readFiles(List<PersonView> p) {
        as("anna.handlaggare", () -> {
            clientFiles.open(p.get(0).id(), "Handläggning");
            clientFiles.open(p.get(1).id(), "Handläggning");
        });
        as("bertil.handlaggare", () -> clientFiles.open(p.get(0).id(), "Vikarierar för Anna Berg"));
        as("eva.handlaggare", () -> {
            try {
                clientFiles.open(p.get(0).id(), "Handläggning");
            } catch (AccessDeniedException refused) {
                // Astrid's case is in Norr: Eva in Syd is refused, and the refusal is in the log
            }
        });
    }

    private CaseView register(PersonView person, ServiceType service, String text, LocalDate received) {
        return intake.registerApplication(new NewApplication(person.id(), received, service, text));
    }

    private void investigate(CaseView c, ServiceType service) {
        complete(c, "Task_Utreda", Map.of("ansoktInsats", service.name(),
                "behovPersonligOmvardnad", "Behöver stöd vid personlig hygien morgon och kväll.",
                "behovHushall", "Klarar inte inköp och tvätt själv.",
                "enskildesUppfattning", "Vill bo kvar hemma med stöd.",
                "bedomning", "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", false));
    }

    private void propose(CaseView c, String outcome, ServiceType service, Integer hours, LocalDate today) {
        Map<String, Object> values = new HashMap<>(Map.of("utfall", outcome, "insatstyp", service.name(),
                "motivering", "Utredningen visar att behovet är styrkt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
        if (!"AVSLAG".equals(outcome)) {
            values.putAll(Map.of("omfattningTimmar", hours, "startdatum", today.plusDays(7).toString(),
                    "uppfoljningsdatum", today.plusMonths(6).toString()));
        }
        complete(c, "Task_ForslagTillBeslut", values);
    }

    private void complete(CaseView c, String taskKey, Map<String, Object> values) {
        InboxItem task = work.inbox().stream().filter(t -> t.caseId() == c.id() && t.taskKey().equals(taskKey)).findFirst().orElseThrow();
        work.complete(task.taskId(), values);
    }

    void as(String username, Runnable body) {
        var principal = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            body.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
