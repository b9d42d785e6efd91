package se.kasus.engine.migration;

import java.util.List;

/**
 * The answer to a dry run or a migration.
 *
 * @param executed           false for a dry run (nothing changed), true for a migration
 * @param instructions       the whole plan: equal ids mapped by the engine plus the explicit mappings
 * @param stepsWithoutTarget steps of the source version that the plan maps nowhere; an instance waiting in one of
 *                           them cannot be migrated
 * @param cases              every running instance of the source version, by case id
 */
public record MigrationReport(String processKey, int sourceVersion, int targetVersion, boolean executed,
        List<ActivityMapping> instructions, List<Step> stepsWithoutTarget, List<CaseMigration> cases) {

    public int total() {
        return cases.size();
    }

    public long migratableCount() {
        return cases.stream().filter(CaseMigration::migratable).count();
    }

    public long notMigratableCount() {
        return total() - migratableCount();
    }

    public long migratedCount() {
        return cases.stream().filter(CaseMigration::migrated).count();
    }
}
