package se.kasus.generator;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.kasus.access.Role;

/**
 * Units and staff straight into the user tables Kasus and the engine read (kasus_unit, kasus_user,
 * kasus_user_role). The password is hashed once: two hundred bcrypt hashes would take longer than a hundred thousand
 * persons.
 */
final class OrganisationPhase {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    OrganisationPhase(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    long create(Organisation organisation, String password, Progress.Tracker tracker) {
        String hash = passwords.encode(password);
        long rows = 0;
        for (Organisation.Unit unit : organisation.units()) {
            if (jdbc.queryForObject("select count(*) from kasus_unit where id = ?", Integer.class, unit.id()) > 0) {
                throw new IllegalStateException("Enheten " + unit.id() + " finns redan: generatorn fyller en tom "
                        + "databas. Ta bort databasen eller välj en annan.");
            }
            jdbc.update("insert into kasus_unit (id, name) values (?, ?)", unit.id(), unit.name());
            rows++;
            int n = 1;
            for (String caseworker : unit.caseworkers()) {
                rows += user(caseworker, "Handläggare " + n++ + ", " + unit.name(), Role.HANDLAGGARE, unit, hash);
            }
            rows += user(unit.forste(), "1:e socialsekreterare, " + unit.name(), Role.FORSTE_SOCIALSEKRETERARE, unit,
                    hash);
            rows += user(unit.chef(), "Enhetschef, " + unit.name(), Role.ENHETSCHEF, unit, hash);
            tracker.done(1, rows);
            rows = 0;
        }
        return organisation.units().size();
    }

    private int user(String username, String name, Role role, Organisation.Unit unit, String hash) {
        jdbc.update("insert into kasus_user (username, display_name, title, email, password_hash, unit_id, active)"
                + " values (?, ?, ?, ?, ?, ?, ?)", username, name, role.label(), username + "@kasus.example", hash,
                unit.id(), true);
        jdbc.batchUpdate("insert into kasus_user_role (username, role) values (?, ?)",
                List.<Object[]>of(new Object[] {username, role.name()}));
        return 2;
    }
}
