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
import se.kasus.access.AccessMatrix;
import se.kasus.access.AccessScope;
import se.kasus.access.LawArea;
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

    static final Pattern CELL = Pattern.compile("data-role=\"([^\"]+)\" data-permission=\"([A-Z_]+)\" "
            + "data-scope=\"([a-z-]+)\"[^>]*>(egen enhet|alla enheter|–)</span>");
    static final Pattern LAW_AREAS = Pattern.compile(
            "data-role-table=\"([^\"]+)\">.*?data-law-areas=\"([^\"]+)\"", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired UserDirectory directory;
    @Autowired AccessControl access;
    @Autowired AccessMatrix matrix;
    @Autowired PersonAccessOverview overview;
    @Autowired ClientFileService clientFiles;

    @Test
    void theMatrixPageShowsEveryCellAsTheApplicationDecidesIt() throws Exception {
        String page = mvc.perform(get("/behorigheter").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher cells = CELL.matcher(page);
        Set<String> seen = new java.util.HashSet<>();
        while (cells.find()) {
            Role role = Role.fromGroupId(cells.group(1)).orElseThrow();
            Permission permission = Permission.valueOf(cells.group(2));
            KasusUser holder = new KasusUser("x", "x", null, "norr", Set.of(role));
            AccessScope decided = access.scopeOf(holder, permission);
            assertThat(cells.group(3)).as("%s %s", role, permission).isEqualTo(decided.key());
            assertThat(cells.group(4)).as("%s %s", role, permission).isEqualTo(
                    decided == AccessScope.NONE ? "–" : decided.label());
            assertThat(decided != AccessScope.NONE).isEqualTo(access.may(holder, permission));
            assertThat(seen.add(role + " " + permission)).as("each cell once").isTrue();
        }
        assertThat(seen).as("every role × permission").hasSize(Role.values().length * Permission.values().length);
        Matcher areas = LAW_AREAS.matcher(page);
        int tables = 0;
        while (areas.find()) {
            Role role = Role.fromGroupId(areas.group(1)).orElseThrow();
            String expected = matrix.limitsLawAreas(role) ? matrix.lawAreasOf(role).stream().map(LawArea::key)
                    .collect(Collectors.joining(",")) : "alla";
            assertThat(areas.group(2)).as("rättsområden för %s", role).isEqualTo(expected);
            tables++;
        }
        assertThat(tables).isEqualTo(Role.values().length);
        assertThat(page).contains("data-law-areas=\"familjeratt\"");
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
