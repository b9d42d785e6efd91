package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.access.AccessDeniedException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Socialregistret and the seeds' Lex Sarah case: a family-law caseworker in another unit checks a parent who has a
 * closed LVU case and a running ekonomiskt bistånd case, sees both occurrences and whom to contact, and cannot open
 * either case.
 */
@AutoConfigureMockMvc
class SocialRegisterTest extends ProcessTestBase {

    static final String FAMILJERATT = "familjeratt.fr";
    static final String PURPOSE = "Snabbupplysning till tingsrätten, mål T 1234-26";

    @Autowired SocialRegister register;
    @Autowired ChildReports reports;
    @Autowired PersonService persons;
    @Autowired ClientFileService clientFiles;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EkbService ekb;

    @Test
    void lexSarah_familyLawSeesEveryOccurrenceAndTheContacts_butCannotOpenEitherCase() throws Exception {
        setToday(LocalDate.of(2026, 3, 10)); // a month riksnormen 2026 covers, whatever the day the test runs
        PersonView parent = BarnTestSupport.newPerson(persons, today().minusYears(17));
        long childCase = closedLvuCase(parent);
        long running = runningEkbCase(parent);

        SocialRegister.Extract extract = org.as(FAMILJERATT,
                () -> register.lookup(parent.personnummer(), PURPOSE)).orElseThrow();

        assertThat(extract.occurrences()).extracting(SocialRegister.Occurrence::lawArea, SocialRegister.Occurrence::reference,
                SocialRegister.Occurrence::unitId, SocialRegister.Occurrence::current)
                .containsExactly(
                        tuple("Ekonomiskt bistånd (SoL)", "EB-" + running, TestOrganisation.EKB, true),
                        tuple("Barn och unga (SoL)", "BU-" + childCase, "norr", false),
                        tuple("LVU", "BU-" + childCase, "norr", false));
        assertThat(extract.occurrences()).allSatisfy(o -> assertThat(o.contact().name()).startsWith("Test handlaggare"));
        assertThat(extract.occurrences().get(0).contact().name()).isEqualTo("Test " + EKB_HANDLAGGARE);
        assertThat(extract.occurrences().get(0).contact().unitName()).isEqualTo("Ekonomiskt bistånd");
        assertThat(extract.occurrences().get(1).contact().unitName()).isEqualTo("Äldreomsorg Norr");
        assertThat(extract.occurrences().get(2).to()).as("the LVU's end date").isEqualTo(today());

        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> clientFiles.open(parent.id(), PURPOSE)))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/persons/" + parent.id() + "/file").with(basic(FAMILJERATT))).andExpect(status().isForbidden());
        for (long caseId : List.of(childCase, running)) {
            mvc.perform(get("/api/cases/" + caseId + "/history").with(basic(FAMILJERATT))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/ekb/arenden/" + running).with(basic(FAMILJERATT))).andExpect(status().isForbidden());
        assertThat(workflow.activeSteps(running)).as("the EKB case is still running").containsExactly(
                "Lämna förslag till beslut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'SEARCH'"
                + " AND resource = 'socialregister' AND person_id = ? AND reason LIKE ?", Long.class, FAMILJERATT,
                parent.id(), PURPOSE + "%")).as("the lookup is logged with its purpose").isEqualTo(1);
    }

    @Test
    void theApiAnswersWithOccurrencesAndContacts_neverAnAddress() throws Exception {
        PersonView person = org.newProtectedPerson();
        long caseId = org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp."))).id();

        mvc.perform(get("/api/socialregister").param("personnummer", person.personnummer()).param("andamal", PURPOSE)
                .with(basic(FAMILJERATT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrences[0].reference").value("ÄO-" + caseId))
                .andExpect(jsonPath("$.occurrences[0].contact.unitName").value("Äldreomsorg Norr"))
                .andExpect(jsonPath("$.protectedIdentity").value(true))
                .andExpect(content().string(not(containsString("Hemliga vägen"))));
    }

    @Test
    void badInput_isASwedish400_andOnlyTheExistenceRightMaySearch() throws Exception {
        PersonView person = org.newPerson();
        long auditBefore = auditRows();

        mvc.perform(get("/api/socialregister").param("personnummer", person.personnummer()).with(basic(FAMILJERATT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Ange varför du söker")));
        mvc.perform(get("/api/socialregister").param("personnummer", "19340312-9807").param("andamal", PURPOSE)
                .with(basic(FAMILJERATT))).andExpect(status().isBadRequest());
        assertThat(auditRows()).as("a rejected search logs nothing").isEqualTo(auditBefore);
        mvc.perform(get("/api/socialregister").param("personnummer", TestPersonnummer.next() /* a valid number nobody has */)
                .param("andamal", PURPOSE).with(basic(FAMILJERATT))).andExpect(status().isNotFound());

        for (String refused : List.of("revisor", "admin", "utforare.norr", "namnd.norr")) {
            mvc.perform(get("/api/socialregister").param("personnummer", person.personnummer())
                    .param("andamal", PURPOSE).with(basic(refused))).andExpect(status().isForbidden());
        }
        for (String allowed : List.of(HANDLAGGARE, FORSTE, CHEF, "handlaggare.syd")) {
            mvc.perform(get("/api/socialregister").param("personnummer", person.personnummer())
                    .param("andamal", PURPOSE).with(basic(allowed))).andExpect(status().isOk());
        }
    }

    @Test
    void thePageSearchesWithAPurpose_andShowsTheOccurrences() throws Exception {
        PersonView person = org.newPerson();
        org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp.")));

        mvc.perform(post("/socialregister").with(page(FAMILJERATT)).with(csrf())
                .param("personnummer", person.personnummer()).param("andamal", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange varför du söker i socialregistret")));
        mvc.perform(post("/socialregister").with(page(FAMILJERATT)).with(csrf())
                .param("personnummer", person.personnummer()).param("andamal", PURPOSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Äldreomsorg Norr")))
                .andExpect(content().string(containsString("Pågår")))
                .andExpect(content().string(containsString("Test handlaggare.norr")));
        mvc.perform(get("/socialregister").with(page("revisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/inkorg").with(page(FAMILJERATT)))
                .andExpect(content().string(containsString("href=\"/socialregister\"")));
    }

    static final String EKB_HANDLAGGARE = "handlaggare.ekb";

    /** An ekonomiskt bistånd case registered through the real intake, investigated and calculated: it waits for a proposal. */
    private long runningEkbCase(PersonView applicant) {
        long caseId = org.as(EKB_HANDLAGGARE, () -> ekb.register(new NewEkbApplication(applicant.id(), today(),
                YearMonth.from(today()), null, List.of(), "Ansöker om försörjningsstöd."))).id();
        complete(EKB_HANDLAGGARE, caseId, "Task_EkbUtreda", EkbProcessTest.investigation(0, 6000));
        return caseId;
    }

    /** A child-welfare case that went to LVU, where care ended under 21 § and the case was closed. */
    private long closedLvuCase(PersonView child) {
        long caseId = org.as(HANDLAGGARE, () -> reports.register(BarnTestSupport.report(clock.instant(),
                List.of(child.id())))).get(0).id();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", BarnTestSupport.protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", BarnTestSupport.preliminary(true));
        complete(HANDLAGGARE, caseId, "Task_UtredaBarn", BarnTestSupport.bbic());
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", Map.of("barnUtfall", "LVU",
                "motivering", "Vårdnadshavarna samtycker inte till placering."));
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVard", Map.of("grund", "PAR_3",
                "skal", "Eget beteende.", "ansokanDatum", today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraDomOmVard", Map.of("domsdatum", today().toString(),
                "malnummer", "2345-26", "domUtfall", "BIFALL"));
        complete(HANDLAGGARE, caseId, "Task_Placering", Map.of("placeringsform", "HVB",
                "placeringsdatum", today().toString()));
        complete("namnd.norr", caseId, "Task_BeslutaUpphorande", Map.of("upphorDatum", today().toString(),
                "skal", "Behovet av vård enligt LVU har upphört."));
        complete(HANDLAGGARE, caseId, "Task_AvslutaBarnArende", Map.of("anteckning", "Vården har upphört."));
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        return caseId;
    }

    private long auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String user) {
        return user(users.loadUserByUsername(user));
    }
}
