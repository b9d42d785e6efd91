package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * /api/familjeratt: a court's request registered over real HTTP with real security. Only familjerätt opens such a
 * case; another unit gets 403 and bad input a Swedish 400, and in both cases nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FamiljerattApiTest {

    static final String URL = "/api/familjeratt/snabbupplysningar";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired PersonService persons;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    PersonView child;
    PersonView parent;

    @BeforeEach
    void family() {
        org.ensure();
        LocalDate born = LocalDate.now().minusYears(5);
        String pnr = childPersonnummer(born);
        child = persons.create(new NewPerson(pnr, "Liten", "Testsson", "Testgatan 1", "123 45", "Teststad", false));
        parent = org.newPerson();
    }

    @Test
    void familyLawRegistersAndReads_anotherUnitIsRefused_andNothingIsWritten() throws Exception {
        long before = cases();
        mvc.perform(post(URL).with(basic("handlaggare.norr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(request()))).andExpect(status().isForbidden());
        mvc.perform(post(URL).with(basic("revisor")).contentType(MediaType.APPLICATION_JSON)
                .content(body(request()))).andExpect(status().isForbidden());
        assertThat(cases()).isEqualTo(before);

        String created = mvc.perform(post(URL).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(request()))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseType").value("FR_SNABBUPPLYSNING"))
                .andReturn().getResponse().getContentAsString();
        long caseId = json.readTree(created).get("id").asLong();

        mvc.perform(get(URL + "/" + caseId).with(basic("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("FR-" + caseId))
                .andExpect(jsonPath("$.caseNumber").value("T 99-26"))
                .andExpect(jsonPath("$.parties.length()").value(2))
                .andExpect(jsonPath("$.occurrences.length()").value(0));
        for (String refused : List.of("handlaggare.norr", "chef.norr", "revisor", "utforare.norr")) {
            mvc.perform(get(URL + "/" + caseId).with(basic(refused))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = 'handlaggare.norr'"
                + " AND action = 'DENIED' AND case_id = ?", Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void badInput_isASwedish400_andWritesNothing() throws Exception {
        long before = cases();
        Map<String, Object> noCourt = request();
        noCourt.remove("court");
        mvc.perform(post(URL).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(noCourt))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Ange vilken domstol")));
        Map<String, Object> noParent = request();
        noParent.put("parentIds", List.of());
        mvc.perform(post(URL).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(noParent))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("minst en förälder")));
        Map<String, Object> unknownChild = request();
        unknownChild.put("childId", 987654321L);
        mvc.perform(post(URL).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unknownChild))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Det finns ingen person")));
        mvc.perform(post(URL).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"court\":\"Solna tingsrätt\",\"receivedDate\":\"igår\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(URL + "/abc").with(basic("familjeratt.fr"))).andExpect(status().isBadRequest());
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void informationssamtal_familyLawRegisters_othersGet403_badInputA400() throws Exception {
        String url = "/api/familjeratt/informationssamtal";
        long before = cases();
        String valid = json.writeValueAsString(Map.of("parentId", parent.id(), "receivedDate",
                LocalDate.now().toString()));
        mvc.perform(post(url).with(basic("handlaggare.norr")).contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("parentId", parent.id()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Ange när begäran kom in")));
        assertThat(cases()).isEqualTo(before);

        String created = mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(valid)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseType").value("FR_INFORMATIONSSAMTAL"))
                .andReturn().getResponse().getContentAsString();
        long caseId = json.readTree(created).get("id").asLong();
        mvc.perform(get(url + "/" + caseId).with(basic("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.parent").value(parent.fullName()));
        mvc.perform(get(url + "/" + caseId).with(basic("handlaggare.norr"))).andExpect(status().isForbidden());
    }

    @Test
    void vbuUtredning_familyLawRegistersAndReads_othersGet403_badInputA400_andNothingIsWritten() throws Exception {
        String url = "/api/familjeratt/vbu-utredningar";
        PersonView otherParent = org.newPerson();
        Map<String, Object> valid = new HashMap<>(Map.of("court", "Solna tingsrätt", "caseNumber", "T 815-26",
                "questions", List.of("VARDNAD", "UMGANGE"), "courtDeadline", LocalDate.now().plusDays(60).toString(),
                "childId", child.id(), "parentIds", List.of(parent.id(), otherParent.id())));
        long before = cases();
        for (String refused : List.of("handlaggare.norr", "forste.norr", "revisor")) {
            mvc.perform(post(url).with(basic(refused)).contentType(MediaType.APPLICATION_JSON).content(body(valid)))
                    .andExpect(status().isForbidden());
        }
        Map<String, Object> noDeadline = new HashMap<>(valid);
        noDeadline.remove("courtDeadline");
        mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(noDeadline))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Ange dagen då domstolen")));
        Map<String, Object> pastDeadline = new HashMap<>(valid);
        pastDeadline.put("courtDeadline", LocalDate.now().toString());
        mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(pastDeadline))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("efter i dag")));
        Map<String, Object> oneParent = new HashMap<>(valid);
        oneParent.put("parentIds", List.of(parent.id()));
        mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(oneParent))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("två föräldrar")));
        Map<String, Object> unknownQuestion = new HashMap<>(valid);
        unknownQuestion.put("questions", List.of("BODELNING"));
        mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unknownQuestion))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Okänd fråga")));
        assertThat(cases()).isEqualTo(before);

        String created = mvc.perform(post(url).with(basic("familjeratt.fr")).contentType(MediaType.APPLICATION_JSON)
                .content(body(valid))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseType").value("FR_VBU_UTREDNING"))
                .andReturn().getResponse().getContentAsString();
        long caseId = json.readTree(created).get("id").asLong();
        mvc.perform(get(url + "/" + caseId).with(basic("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value("T 815-26"))
                .andExpect(jsonPath("$.questions[1]").value("UMGANGE"))
                .andExpect(jsonPath("$.parents.length()").value(2))
                .andExpect(jsonPath("$.child.name").value(child.fullName()));
        for (String refused : List.of("handlaggare.norr", "chef.norr", "revisor", "utforare.norr")) {
            mvc.perform(get(url + "/" + caseId).with(basic(refused))).andExpect(status().isForbidden());
        }
    }

    private Map<String, Object> request() {
        Map<String, Object> r = new HashMap<>();
        r.put("court", "Solna tingsrätt");
        r.put("caseNumber", "T 99-26");
        r.put("receivedDate", LocalDate.now().toString());
        r.put("childId", child.id());
        r.put("parentIds", List.of(parent.id()));
        return r;
    }

    private String body(Map<String, Object> request) throws Exception {
        return json.writeValueAsString(request);
    }

    private long cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kasus_case", Long.class);
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    /** A unique, valid personnummer for a child born on that day (serial 8xx, unlike the test organisation's). */
    private static String childPersonnummer(LocalDate start) {
        int n = NEXT.getAndIncrement();
        LocalDate born = start.minusDays(n / 100);
        String ten = String.format("%02d%02d%02d8%02d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), n % 100);
        return born.getYear() + ten.substring(2, 6) + "-" + ten.substring(6) + TestPersonnummer.luhn(ten);
    }
}
