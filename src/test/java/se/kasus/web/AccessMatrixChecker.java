package se.kasus.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessControl;
import se.kasus.access.AccessDeniedException;
import se.kasus.access.AccessFile;
import se.kasus.access.AccessScope;
import se.kasus.access.LawArea;
import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.web.AccessMatrixFixture.Target;

/**
 * Holds the running application to a behörighetsmatris: for every role and every cell (permission), a user of the
 * role probes the cell's representative endpoint over HTTP (MockMvc with the real security chain) and the service
 * layer (AccessControl, and the service method behind the endpoint), in the own unit, in another unit and, where the
 * cell is about a case, in every law area; each answer is compared with what the matrix says. Returns the mismatches;
 * empty when the application enforces exactly the matrix.
 *
 * <p>"Allowed" over HTTP is any answer but 401/403: a 400 for a deliberately incomplete body or a 409 for a state
 * that does not fit passed the access check, which is what is probed here (probes that would change a case's state
 * send such bodies). A 403 that the audit log records as a refusal by the task's candidate group is the
 * delegationsordning's, not the matrix's, so it counts as allowed by the matrix.
 */
final class AccessMatrixChecker {

    /** Where a probe's target lies, and so which targets it is tried on. */
    enum Reach {
        /** No target: the endpoint acts on the user's own unit (or on nothing unit-bound). */
        NONE,
        /** A municipal case: A (own) and B (other); the law area applies. */
        CASE,
        /** A municipal client outside a case (fees): A and B; no law area. */
        CLIENT,
        /** An order: to the own provider and to another. */
        ORDER,
        /** A provider by id: the user's own unit as provider, and another provider. */
        PROVIDER
    }

    /** One representative probe of a cell; {@code http} null where no endpoint can be probed without harm. */
    record Probe(Permission permission, Reach reach, String endpoint,
            Function<Target, MockHttpServletRequestBuilder> http, Consumer<Target> service) {
    }

    /** A cell whose enforcement differs from the matrix, with the probe that showed it. */
    record Mismatch(Role role, Permission permission, String how, boolean expected, boolean actual) {

        String cell() {
            return role.groupId() + " " + permission.resource().key() + "." + permission.action().key();
        }

        @Override
        public String toString() {
            return cell() + " (" + permission + ") via " + how + ": matrisen säger " + (expected ? "ja" : "nej")
                    + ", applikationen " + (actual ? "ja" : "nej");
        }
    }

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final AccessControl access;
    private final TestOrganisation org;
    private final JdbcTemplate jdbc;
    private final AccessMatrixFixture fixture;
    private final List<Probe> probes;

    AccessMatrixChecker(MockMvc mvc, UserDetailsService users, AccessControl access, TestOrganisation org,
            JdbcTemplate jdbc, AccessMatrixFixture fixture, List<Probe> probes) {
        this.mvc = mvc;
        this.users = users;
        this.access = access;
        this.org = org;
        this.jdbc = jdbc;
        this.fixture = fixture;
        this.probes = probes;
    }

    /** Every permission has at least one probe: a new permission without one fails here. */
    Set<Permission> unprobed() {
        Set<Permission> missing = new TreeSet<>(Set.of(Permission.values()));
        probes.forEach(p -> missing.remove(p.permission()));
        return missing;
    }

    List<Mismatch> check(AccessFile expected) throws Exception {
        List<Mismatch> found = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Probe probe : probes) {
                for (Target target : targets(role, probe.reach())) {
                    boolean want = expected(expected, role, probe, target);
                    String where = target == null ? "" : " på " + target.name();
                    if (probe.http() != null) {
                        compare(found, role, probe, "HTTP " + probe.endpoint() + where, want, http(role, probe, target));
                    }
                    compare(found, role, probe, "AccessControl" + where, want, accessControl(role, probe, target));
                    if (probe.service() != null) {
                        compare(found, role, probe, "tjänsten bakom " + probe.endpoint() + where, want,
                                service(role, probe, target));
                    }
                }
            }
            checkLawAreas(expected, role, found);
        }
        return found;
    }

    /**
     * Every case-bound cell in every law area, in the own unit, straight at AccessControl; case.create too, since each
     * law area's intake (an ansökan, a court's request to familjerätt) asks for its own law area.
     */
    private void checkLawAreas(AccessFile expected, Role role, List<Mismatch> found) {
        for (Probe probe : probes.stream().filter(p -> p.reach() == Reach.CASE
                || p.permission() == Permission.CASE_CREATE).map(Probe::permission).distinct()
                .map(p -> probes.stream().filter(q -> q.permission() == p).findFirst().orElseThrow()).toList()) {
            for (LawArea area : LawArea.values()) {
                Target target = new Target("ärende inom " + area.key(), fixture.homeOf(role), area, Map.of());
                compare(found, role, probe, "AccessControl rättsområde " + area.key(),
                        expected(expected, role, probe, target), accessControl(role, probe, target));
            }
        }
    }

    private List<Target> targets(Role role, Reach reach) {
        return switch (reach) {
            case NONE -> java.util.Collections.singletonList(null);
            case CASE, CLIENT -> List.of(fixture.caseA, fixture.caseB);
            case ORDER -> List.of(fixture.orderOwnProvider, fixture.orderOtherProvider);
            case PROVIDER -> List.of(new Target("egen enhet som utförare", fixture.homeOf(role), null, Map.of()),
                    new Target("annan utförare", fixture.otherThan(role), null, Map.of()));
        };
    }

    private boolean expected(AccessFile file, Role role, Probe probe, Target target) {
        Permission permission = probe.permission();
        if (!file.grants(role, permission)) {
            return false;
        }
        boolean inUnit = target == null || file.scope(role, permission) == AccessScope.ALL_UNITS
                || target.unitId().equals(fixture.homeOf(role));
        LawArea area = lawAreaOf(probe, target);
        return inUnit && (area == null || file.lawAreas().get(role).contains(area));
    }

    /**
     * The law area that binds the probe: the case's for rights on a case, äldreomsorg for registering an ansökan (the
     * case type the endpoint opens) unless the target names the law area; none for the socialregister's existence right or rights outside cases.
     */
    private static LawArea lawAreaOf(Probe probe, Target target) {
        if (probe.permission() == Permission.CASE_CREATE) {
            return target != null && target.lawArea() != null ? target.lawArea() : LawArea.ALDREOMSORG;
        }
        return probe.reach() == Reach.CASE && target != null ? target.lawArea() : null;
    }

    private boolean http(Role role, Probe probe, Target target) throws Exception {
        String username = fixture.users.get(role);
        long before = lastDenial();
        MockHttpServletRequestBuilder request = probe.http().apply(target).with(user(users.loadUserByUsername(username)));
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status == 401) {
            return false;
        }
        if (status != 403) {
            return true;
        }
        return refusedByCandidateGroupOnly(username, before);
    }

    private boolean accessControl(Role role, Probe probe, Target target) {
        Permission permission = probe.permission();
        LawArea area = lawAreaOf(probe, target);
        String unit = target == null ? fixture.homeOf(role) : target.unitId();
        return allowed(role, () -> access.requireInUnit(permission, unit, area, "matristest", null, null));
    }

    private boolean service(Role role, Probe probe, Target target) {
        return allowed(role, () -> probe.service().accept(target));
    }

    private boolean allowed(Role role, Runnable body) {
        String username = fixture.users.get(role);
        long before = lastDenial();
        try {
            org.as(username, body);
            return true;
        } catch (AccessDeniedException e) {
            return refusedByCandidateGroupOnly(username, before);
        } catch (RuntimeException passedTheCheck) {
            return true; // bad input or a state that does not fit: refused after the access check, not by it
        }
    }

    private long lastDenial() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE action = 'DENIED'", Long.class);
        return id == null ? 0 : id;
    }

    /** The task's candidate groups refused, after the matrix let the user through (CaseWork.requireCandidate). */
    private boolean refusedByCandidateGroupOnly(String username, long before) {
        List<String> reasons = jdbc.queryForList("SELECT reason FROM audit_entry WHERE action = 'DENIED' AND id > ? "
                + "AND actor = ?", String.class, before, username);
        return !reasons.isEmpty() && reasons.stream().allMatch(r -> r != null && r.startsWith("Inte kandidat"));
    }

    private static void compare(List<Mismatch> found, Role role, Probe probe, String how, boolean expected,
            boolean actual) {
        if (expected != actual) {
            found.add(new Mismatch(role, probe.permission(), how, expected, actual));
        }
    }

    // The probes: one line per cell, the endpoint a user of the cell uses and the service method behind it.

    static MockHttpServletRequestBuilder getting(String path) {
        return get(path);
    }

    static MockHttpServletRequestBuilder posting(String path, String json) {
        return post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static String month() {
        return YearMonth.now().toString();
    }

    static String today() {
        return LocalDate.now().toString();
    }
}
