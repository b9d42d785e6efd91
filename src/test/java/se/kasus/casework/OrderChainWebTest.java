package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The chain of orders through real HTTP: the upphörande's page names the order it ends and its last day, the provider
 * acknowledges it on the page (a refusal is a Swedish 400 that changes nothing), another provider is refused, and the
 * client file shows which order each one follows.
 */
@AutoConfigureMockMvc
class OrderChainWebTest extends ProcessTestBase {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired ServiceOrderRepository orders;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void theUpphorandeShowsTheChain_andIsAcknowledgedOnThePage() throws Exception {
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId);
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har upphört.", "resultat",
                "AVSLUTA"));
        executeDueJobs();
        List<ServiceOrderView> all = orders.findByCaseIdInOrderByIdDesc(List.of(caseId)).stream()
                .map(ServiceOrder::toView).toList();
        long termination = all.get(0).id();
        long ended = all.get(1).id();
        String page = "/utforare/bestallningar/" + termination;

        mvc.perform(get(page).with(as("utforare.norr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kvittera upphörandet")))
                .andExpect(content().string(containsString("Sista dag hos utföraren")))
                .andExpect(content().string(containsString("/utforare/bestallningar/" + ended)))
                .andExpect(content().string(containsString("Beställning " + ended)));
        mvc.perform(get(page).with(as("utforare.ab"))).andExpect(status().isForbidden());

        mvc.perform(post("/api/utforare/bestallningar/" + termination + "/svar").with(as("utforare.norr"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"svar\":\"AVVISA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(orders.findById(termination).orElseThrow().status()).isEqualTo(OrderStatus.SKICKAD);

        mvc.perform(post(page + "/svar").with(as("utforare.norr")).with(csrf()).param("svar", "ACCEPTERA"))
                .andExpect(redirectedUrl(page));
        assertThat(orders.findById(termination).orElseThrow().status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThat(workflow.tasksOfCase(caseId)).isEmpty();

        long personId = cases.findById(caseId).orElseThrow().personId();
        mvc.perform(get("/personer/" + personId).with(as(HANDLAGGARE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("följer beställning " + ended)));
        mvc.perform(get("/bestallningar/" + termination).with(as(HANDLAGGARE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/bestallningar/" + ended)));
    }
}
