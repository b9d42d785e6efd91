package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** The Familjerätt pages: only familjerätt sees the form; a wrong field comes back in Swedish; the case page shows. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FamiljerattPagesTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService users;
    @Autowired PersonService persons;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void familyLawRegistersFromThePage_andOthersAreRefused() throws Exception {
        PersonView child = child();
        PersonView parent = org.newPerson();
        mvc.perform(get("/inkorg").with(page("familjeratt.fr")))
                .andExpect(content().string(containsString("href=\"/familjeratt\"")));
        mvc.perform(get("/inkorg").with(page("handlaggare.norr")))
                .andExpect(content().string(not(containsString("href=\"/familjeratt\""))));
        mvc.perform(get("/familjeratt").with(page("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera begäran om snabbupplysning")));
        mvc.perform(get("/familjeratt").with(page("handlaggare.norr"))).andExpect(status().isForbidden());

        long before = cases();
        mvc.perform(post("/familjeratt/snabbupplysningar").with(page("familjeratt.fr")).with(csrf())
                .param("court", "Solna tingsrätt").param("caseNumber", "T 5-26").param("receivedDate", "i går")
                .param("child", child.personnummer()).param("parents", parent.personnummer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange datumet som ÅÅÅÅ-MM-DD.")));
        mvc.perform(post("/familjeratt/snabbupplysningar").with(page("handlaggare.norr")).with(csrf())
                .param("court", "Solna tingsrätt").param("caseNumber", "T 5-26")
                .param("receivedDate", LocalDate.now().toString()).param("child", child.personnummer())
                .param("parents", parent.personnummer())).andExpect(status().isForbidden());
        assertThat(cases()).isEqualTo(before);

        String location = mvc.perform(post("/familjeratt/snabbupplysningar").with(page("familjeratt.fr")).with(csrf())
                .param("court", "Solna tingsrätt").param("caseNumber", "T 5-26")
                .param("receivedDate", LocalDate.now().toString()).param("child", child.personnummer())
                .param("parents", parent.personnummer()))
                .andExpect(redirectedUrlPattern("/familjeratt/snabbupplysningar/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(page("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("T 5-26")))
                .andExpect(content().string(containsString("Socialregistret är inte kontrollerat än.")));
        mvc.perform(get(location).with(page("handlaggare.norr"))).andExpect(status().isForbidden());
    }

    @Test
    void vbuUtredning_registersFromThePage_showsTheCase_andOthersAreRefused() throws Exception {
        PersonView child = child();
        PersonView mother = org.newPerson();
        PersonView father = org.newPerson();
        mvc.perform(get("/familjeratt/vbu-utredningar/ny").with(page("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera uppdrag om vårdnads-")));
        mvc.perform(get("/familjeratt/vbu-utredningar/ny").with(page("handlaggare.norr")))
                .andExpect(status().isForbidden());

        long before = cases();
        mvc.perform(post("/familjeratt/vbu-utredningar").with(page("familjeratt.fr")).with(csrf())
                .param("court", "Solna tingsrätt").param("caseNumber", "T 6-26").param("questions", "BOENDE")
                .param("courtDeadline", LocalDate.now().minusDays(1).toString()).param("child", child.personnummer())
                .param("parents", mother.personnummer() + "\n" + father.personnummer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Domstolens sista dag måste vara efter i dag.")));
        assertThat(cases()).isEqualTo(before);

        String location = mvc.perform(post("/familjeratt/vbu-utredningar").with(page("familjeratt.fr")).with(csrf())
                .param("court", "Solna tingsrätt").param("caseNumber", "T 6-26").param("questions", "BOENDE")
                .param("questions", "UMGANGE").param("courtDeadline", LocalDate.now().plusDays(30).toString())
                .param("child", child.personnummer())
                .param("parents", mother.personnummer() + "\n" + father.personnummer()))
                .andExpect(redirectedUrlPattern("/familjeratt/vbu-utredningar/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(page("familjeratt.fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("T 6-26")))
                .andExpect(content().string(containsString("Boende, Umgänge")))
                .andExpect(content().string(containsString(father.fullName())));
        mvc.perform(get(location).with(page("handlaggare.norr"))).andExpect(status().isForbidden());
    }

    private PersonView child() {
        int n = NEXT.getAndIncrement();
        LocalDate born = LocalDate.now().minusYears(6).minusDays(n / 100);
        String nine = String.format("%02d%02d%02d7%02d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), n % 100);
        String pnr = born.getYear() + nine.substring(2, 6) + "-" + nine.substring(6) + TestPersonnummer.luhn(nine);
        return persons.create(new NewPerson(pnr, "Lilla", "Testsson", "Testgatan 1", "123 45", "Teststad", false));
    }

    private long cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kasus_case", Long.class);
    }

    private RequestPostProcessor page(String username) {
        return user(users.loadUserByUsername(username));
    }
}
