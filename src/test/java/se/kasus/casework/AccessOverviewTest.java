package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.kasus.access.AccessControl;
import se.kasus.access.AccessDeniedException;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.registry.PersonView;

/**
 * "Who can do what" shows exactly what the application enforces, and "who can see this person" lists exactly the
 * users whose attempt to open the person's file succeeds.
 */
@AutoConfigureMockMvc
class AccessOverviewTest extends ProcessTestBase {

    static final Pattern CELL = Pattern.compile(
            "data-role=\"([^\"]+)\" data-permission=\"([A-Z_]+)\">\\s*<span( class=\"muted\")?>(Ja|–)</span>");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired UserDirectory directory;
    @Autowired AccessControl access;
    @Autowired PersonAccessOverview overview;
    @Autowired ClientFileService clientFiles;

    @Test
    void theMatrixPageShowsEveryCellAsTheApplicationDecidesIt() throws Exception {
        String page = mvc.perform(get("/behorigheter").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher cells = CELL.matcher(page);
        int count = 0;
        while (cells.find()) {
            Role role = Role.fromGroupId(cells.group(1)).orElseThrow();
            Permission permission = Permission.valueOf(cells.group(2));
            KasusUser holder = new KasusUser("x", "x", null, "norr", Set.of(role));
            assertThat(cells.group(4).equals("Ja")).as("%s %s", role, permission)
                    .isEqualTo(access.may(holder, permission));
            count++;
        }
        assertThat(count).as("every role × permission").isEqualTo(Role.values().length * Permission.values().length);
        mvc.perform(get("/behorigheter").with(user(users.loadUserByUsername("revisor")))).andExpect(status().isOk());
        mvc.perform(get("/behorigheter").with(user(users.loadUserByUsername(HANDLAGGARE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void whoCanSeeThePerson_isExactlyWhoCanOpenTheFile_andChangesWithAMenprovning() throws Exception {
        PersonView person = org.newPerson();
        org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp.")));
        assertListedReadersAreThoseWhoCanOpen(person);

        org.as("handlaggare.syd", () -> clientFiles.requestCrossUnitAccess(person.id(), "norr",
                "Samordning inför flytt till Syd, uppgifterna behövs för planeringen."));
        List<PersonAccessOverview.Reader> readers = assertListedReadersAreThoseWhoCanOpen(person);
        assertThat(readers).anySatisfy(r -> assertThat(r.why()).startsWith("Menprövning till"));
        assertThat(readers).anySatisfy(r -> {
            assertThat(r.readsCases()).isFalse();
            assertThat(r.why()).contains("socialregistret");
        });

        mvc.perform(get("/logg/person/" + person.id() + "/behorighet").with(user(users.loadUserByUsername("revisor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/audit/persons/" + person.id() + "/readers").with(user(users.loadUserByUsername(CHEF))))
                .andExpect(status().isForbidden());
    }

    private List<PersonAccessOverview.Reader> assertListedReadersAreThoseWhoCanOpen(PersonView person) {
        List<PersonAccessOverview.Reader> readers = org.as("revisor", () -> overview.whoCanSee(person.id()));
        Set<String> listed = readers.stream().filter(PersonAccessOverview.Reader::readsCases)
                .map(PersonAccessOverview.Reader::who).collect(Collectors.toSet());
        Set<String> canOpen = directory.all().stream().filter(u -> opens(u, person)).map(KasusUser::displayName)
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(canOpen).isNotEmpty();
        return readers;
    }

    private boolean opens(KasusUser user, PersonView person) {
        try {
            org.as(user.username(), () -> clientFiles.open(person.id(), null));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
