package se.kasus.engine.migration;

import java.util.List;

/**
 * The answer to a dry run or a migration.
 *
 * @param executed           false for a dry run (nothing changed), true for a migration
 * @param total              running instances of the source version
 * @param migratable         how many the engine accepted
 * @param notMigratable      how many it did not; they stay on the source version
 * @param migrated           how many are now on the target version (0 in a dry run)
 * @param instructions       the whole plan: equal ids mapped by the engine plus the explicit mappings
 * @param stepsWithoutTarget steps of the source version that the plan maps nowhere; an instance waiting in one of
 *                           them cannot be migrated
 * @param cases              every running instance of the source version, by case id
 */
public record MigrationReport(String processKey, int sourceVersion, int targetVersion, boolean executed, int total,
        int migratable, int notMigratable, int migrated, List<ActivityMapping> instructions,
        List<Step> stepsWithoutTarget, List<CaseMigration> cases) {

    static MigrationReport of(String processKey, int sourceVersion, int targetVersion, boolean executed,
            List<ActivityMapping> instructions, List<Step> stepsWithoutTarget, List<CaseMigration> cases) {
        int migratable = (int) cases.stream().filter(CaseMigration::migratable).count();
        int migrated = (int) cases.stream().filter(CaseMigration::migrated).count();
        return new MigrationReport(processKey, sourceVersion, targetVersion, executed, cases.size(), migratable,
                cases.size() - migratable, migrated, List.copyOf(instructions), List.copyOf(stepsWithoutTarget),
                List.copyOf(cases));
    }
}
