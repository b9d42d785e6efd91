package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditLog;

/**
 * The provider view through real HTTP: pages and API. Provider A never reaches provider B's orders, clients, plans,
 * documentation or messages, nor the municipality's pages; signed records have no edit; bad input is a Swedish 400
 * that writes nothing.
 */
@AutoConfigureMockMvc
class ProviderWebTest extends ProcessTestBase {

    private static final String NORR_PROVIDER = "utforare.norr";
    private static final String AB_PROVIDER = "utforare.ab";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired CarePlanRepository plans;
    @Autowired ProviderNoteRepository notes;
    @Autowired AuditLog auditLog;

    private long caseId;
    private long orderId;

    @BeforeEach
    void anAcceptedOrderToHemtjanstenNorr() {
        caseId = grantedAndDelivered();
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "hemtjanst-norr", "onskadStart",
                today().toString(), "uppdrag", "Dusch."));
        orderId = orderIdOf(caseId);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private void accept() {
        providerAccepts(caseId);
    }

    @Test
    void theProviderAnswersInItsOwnPages_andSeesTheClient() throws Exception {
        mvc.perform(get("/").with(as(NORR_PROVIDER))).andExpect(redirectedUrl("/utforare"));
        mvc.perform(get("/utforare/bestallningar").with(as(NORR_PROVIDER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Väntar på svar")))
                .andExpect(content().string(containsString("/utforare/bestallningar/" + orderId)));
        mvc.perform(get("/utforare/bestallningar/" + orderId).with(as(NORR_PROVIDER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Besvara beställningen")));

        mvc.perform(post("/utforare/bestallningar/" + orderId + "/svar").with(as(NORR_PROVIDER)).with(csrf())
                .param("svar", "ACCEPTERA").param("planeradStart", today().toString()))
                .andExpect(redirectedUrl("/utforare/bestallningar/" + orderId));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Registrera kvittens och start");

        mvc.perform(post("/utforare/bestallningar/" + orderId + "/genomforandeplaner").with(as(NORR_PROVIDER))
                .with(csrf()).param("innehall", "Dusch tisdagar.").param("uppgjordMed", "Klienten")
                .param("datum", today().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/utforare/bestallningar/" + orderId).with(as(NORR_PROVIDER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dusch tisdagar.")))
                .andExpect(content().string(containsString("Version 1 (gällande)")));
    }

    @Test
    void anotherProvider_isRefusedOnEveryPageAndEndpoint_andItIsLogged() throws Exception {
        accept();
        String base = "/api/utforare/bestallningar/" + orderId;
        mvc.perform(get(base).with(as(AB_PROVIDER))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Du har inte behörighet till detta."));
        mvc.perform(post(base + "/svar").with(as(AB_PROVIDER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"svar\":\"AVVISA\",\"skal\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/genomforandeplaner").with(as(AB_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"innehall\":\"x\",\"uppgjordMed\":\"x\",\"datum\":\"" + today() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/dokumentation").with(as(AB_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\",\"datum\":\"" + today() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/meddelanden").with(as(AB_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/utforare/bestallningar/" + orderId).with(as(AB_PROVIDER))).andExpect(status().isForbidden());
        mvc.perform(post("/utforare/bestallningar/" + orderId + "/dokumentation").with(as(AB_PROVIDER)).with(csrf())
                .param("text", "x").param("datum", today().toString())).andExpect(status().isForbidden());
        String inbox = mvc.perform(get("/api/utforare/bestallningar").with(as(AB_PROVIDER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).doesNotContain("\"id\":" + orderId + ",");

        assertThat(plans.findByOrderIdOrderByVersionDesc(orderId)).isEmpty();
        assertThat(notes.findByOrderIdOrderByIdDesc(orderId)).isEmpty();
        assertThat(auditLog.latest(20)).filteredOn(e -> e.actor().equals(AB_PROVIDER))
                .extracting(e -> e.action()).contains(AuditAction.DENIED);
    }

    @Test
    void aProvider_cannotReachTheMunicipalitysPages() throws Exception {
        long personId = cases.findById(caseId).orElseThrow().personId();
        for (String path : List.of("/inkorg", "/personer/" + personId, "/frister", "/bestallningar/" + orderId,
                "/api/bestallningar/" + orderId, "/api/persons/" + personId + "/file")) {
            mvc.perform(get(path).with(as(NORR_PROVIDER)))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).as(path).isEqualTo(403));
        }
        mvc.perform(get("/api/utforare/bestallningar").with(as(HANDLAGGARE))).andExpect(status().isForbidden());
        mvc.perform(get("/utforare/bestallningar/" + orderId).with(as(HANDLAGGARE))).andExpect(status().isForbidden());
    }

    @Test
    void signedRecordsHaveNoEdit_andBadInputWritesNothing() throws Exception {
        accept();
        String base = "/api/utforare/bestallningar/" + orderId;
        mvc.perform(post(base + "/genomforandeplaner").with(as(NORR_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"innehall\":\" \",\"uppgjordMed\":\"Klienten\",\"datum\":\"" + today() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Planens innehåll måste fyllas i."));
        mvc.perform(post(base + "/dokumentation").with(as(NORR_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Duschade.\",\"datum\":\"igår\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value(containsString("Begäran")));
        mvc.perform(post(base + "/svar").with(as(NORR_PROVIDER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"svar\":\"ACCEPTERA\"}")).andExpect(status().isConflict());
        assertThat(plans.findByOrderIdOrderByVersionDesc(orderId)).isEmpty();
        assertThat(notes.findByOrderIdOrderByIdDesc(orderId)).isEmpty();

        String created = mvc.perform(post(base + "/genomforandeplaner").with(as(NORR_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"innehall\":\"Dusch.\",\"uppgjordMed\":\"Klienten\",\"datum\":\"" + today() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long planId = json(created, "id");
        mvc.perform(put(base + "/genomforandeplaner/" + planId).with(as(NORR_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"innehall\":\"Ändrad\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(delete(base + "/genomforandeplaner/" + planId).with(as(NORR_PROVIDER)).with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(put(base + "/genomforandeplaner").with(as(NORR_PROVIDER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete(base + "/dokumentation").with(as(NORR_PROVIDER)).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        assertThat(plans.findByOrderIdOrderByVersionDesc(orderId)).extracting(p -> p.toView().content())
                .containsExactly("Dusch.");
        // The page offers a new version, never an edit of the signed one.
        String page = mvc.perform(get("/utforare/bestallningar/" + orderId).with(as(NORR_PROVIDER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ny version").doesNotContain("Redigera");
    }

    @Test
    void theCaseworkerSeesTheAnswerAndMessages_inTheClientFile() throws Exception {
        accept();
        mvc.perform(post("/api/utforare/bestallningar/" + orderId + "/meddelanden").with(as(NORR_PROVIDER))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Start på måndag.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/bestallningar/" + orderId + "/meddelanden").with(as(HANDLAGGARE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Bra.\"}")).andExpect(status().isCreated());
        mvc.perform(get("/api/bestallningar/" + orderId).with(as(HANDLAGGARE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.order.status").value("ACCEPTERAD"))
                .andExpect(jsonPath("$.messages[0].text").value("Start på måndag."))
                .andExpect(jsonPath("$.messages[1].text").value("Bra."));
        mvc.perform(get("/api/bestallningar/" + orderId).with(as("handlaggare.syd"))).andExpect(status().isForbidden());
        mvc.perform(get("/bestallningar/" + orderId).with(as(HANDLAGGARE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start på måndag.")));
        long personId = cases.findById(caseId).orElseThrow().personId();
        mvc.perform(get("/personer/" + personId).with(as(HANDLAGGARE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accepterad")))
                .andExpect(content().string(containsString("/bestallningar/" + orderId)));
        mvc.perform(post("/api/bestallningar/" + orderId + "/meddelanden").with(as(HANDLAGGARE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Meddelande måste fyllas i."));
    }

    private static long json(String body, String field) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path(field).asLong();
    }
}
