package se.kasus.engine.migration;

import java.util.List;

/**
 * One running instance of the source version in a dry run or a migration.
 *
 * @param caseId          the case (ärende): the instance's business key; null when the key is not a case id
 * @param waitsAt         where the instance stands (its leaf activities), before the migration
 * @param calledProcesses sub-process instances it waits on; they are not migrated
 * @param migratable      whether the engine accepted the plan for this instance
 * @param migrated        whether the instance is now on the target version (never in a dry run)
 * @param reasons         why it cannot be migrated: the engine's validation report per activity, in Swedish with the
 *                        engine's own words in brackets
 */
public record CaseMigration(String processInstanceId, Long caseId, List<Step> waitsAt,
        List<CalledProcess> calledProcesses, boolean migratable, boolean migrated, List<String> reasons) {
}
