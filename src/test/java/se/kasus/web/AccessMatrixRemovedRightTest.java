package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import se.kasus.access.AccessFile;
import se.kasus.access.Permission;
import se.kasus.access.Role;

/**
 * Proves that the matrix check can fail: the application starts with a configuration that takes ONE right away —
 * familjerätt's socialregister (case.see-existence), the seeds' exact mistake, after which a court got an incomplete
 * answer — and the checker, holding it to the canonical file, reports exactly that cell and nothing else.
 */
@TestPropertySource(properties = "kasus.access.matrix.familjeratt.rights.case.see-existence=none")
class AccessMatrixRemovedRightTest extends AccessMatrixTest {

    @Test
    void theCheckerReportsExactlyTheRemovedCell() throws Exception {
        List<AccessMatrixChecker.Mismatch> found = checker.check(AccessFile.canonical());
        Set<String> cells = found.stream().map(AccessMatrixChecker.Mismatch::cell).collect(Collectors.toSet());
        assertThat(cells).as(describe(found)).containsExactly("familjeratt case.see-existence");
        assertThat(found).allSatisfy(m -> {
            assertThat(m.permission()).isEqualTo(Permission.SOCIAL_REGISTER_READ);
            assertThat(m.expected()).isTrue();
            assertThat(m.actual()).isFalse();
        });
        assertThat(found).as("över HTTP, i AccessControl och i tjänsten")
                .anySatisfy(m -> assertThat(m.how()).startsWith("HTTP"))
                .anySatisfy(m -> assertThat(m.how()).startsWith("AccessControl"))
                .anySatisfy(m -> assertThat(m.how()).startsWith("tjänsten"));
        assertThat(checker.check(AccessFile.canonical().without(Role.FAMILJERATTSSEKRETERARE,
                Permission.SOCIAL_REGISTER_READ))).as("against the file with the right removed").isEmpty();
    }

    // The canonical file's own tests are AccessMatrixTest's; here the application deliberately deviates from it.
    @Override
    void everyCellOfTheMatrixIsEnforcedExactlyAsTheCanonicalFileSays() {
    }

    @Override
    void everyEndpointIsDeclaredWithItsCell_andNoDeclarationIsStale() {
    }

    @Override
    void everyRoleWithoutTheDeclaredCellIsRefusedByEveryEndpoint() {
    }
}
