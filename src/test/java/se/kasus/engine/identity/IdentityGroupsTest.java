package se.kasus.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.junit.jupiter.api.Test;

import se.kasus.access.UnitView;

class IdentityGroupsTest {

    @Test
    void displayNamesSplitIntoFirstAndLastName() {
        assertThat(IdentityGroups.splitName("Anna Andersson")).containsExactly("Anna", "Andersson");
        assertThat(IdentityGroups.splitName("Karl-Erik  von Essen ")).containsExactly("Karl-Erik", "von Essen");
        assertThat(IdentityGroups.splitName("Madonna")).containsExactly("Madonna", "");
        assertThat(IdentityGroups.splitName(null)).containsExactly("", "");
    }

    @Test
    void groupsAreUniqueEvenWhenAUnitIdClashesWithARole() {
        List<GroupEntity> groups = IdentityGroups.all(List.of(new UnitView("revisor", "Revisionsenheten"),
                new UnitView("aldre-norr", "Äldreomsorg norr")));
        assertThat(groups.stream().map(GroupEntity::getId).distinct().count()).isEqualTo(groups.size());
        assertThat(groups).filteredOn(g -> g.getId().equals("revisor")).singleElement()
                .extracting(GroupEntity::getType).isEqualTo(IdentityGroups.TYPE_ROLE);
        assertThat(groups).filteredOn(g -> g.getId().equals("aldre-norr.enhetschef")).singleElement()
                .extracting(GroupEntity::getName).isEqualTo("Enhetschef – Äldreomsorg norr");
    }

    @Test
    void likeUsesSqlWildcardsIgnoresCaseAndQuotesTheRest() {
        assertThat(Like.matches("%ander%", "Andersson")).isTrue();
        assertThat(Like.matches("_nna", "Anna")).isTrue();
        assertThat(Like.matches("_nna", "Hanna ")).isFalse();
        assertThat(Like.matches("%SÖDER", "IFO söder")).isTrue();
        assertThat(Like.matches("a.b%", "axb")).isFalse();
        assertThat(Like.matches("a.b%", "a.bc")).isTrue();
        assertThat(Like.matches(null, null)).isTrue();
        assertThat(Like.matches("%", null)).isFalse();
    }
}
