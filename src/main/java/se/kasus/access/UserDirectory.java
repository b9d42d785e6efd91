package se.kasus.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one source of users, units and roles. Spring Security logs people in from here, and the engine's identity
 * provider answers Cockpit, Tasklist and candidate-group queries from here, so there is nothing to keep in sync.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccountRepository users;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;

    UserDirectory(UserAccountRepository users, UnitRepository units, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<KasusUser> find(String username) {
        return users.findById(username).filter(UserAccount::active).map(UserAccount::toUser);
    }

    public Optional<String> email(String username) {
        return users.findById(username).map(UserAccount::email);
    }

    public List<KasusUser> all() {
        return users.findAll().stream().filter(UserAccount::active).map(UserAccount::toUser)
                .sorted(Comparator.comparing(KasusUser::username)).toList();
    }

    public List<UnitView> units() {
        return units.findAll().stream().map(Unit::toView).sorted(Comparator.comparing(UnitView::id)).toList();
    }

    public Optional<UnitView> unit(String unitId) {
        return units.findById(unitId).map(Unit::toView);
    }

    public boolean checkPassword(String username, String rawPassword) {
        return rawPassword != null && users.findById(username).filter(UserAccount::active)
                .map(u -> passwordEncoder.matches(rawPassword, u.passwordHash())).orElse(false);
    }

    /** Used by the demo data and by tests; user administration is otherwise outside this scope. */
    @Transactional
    public void createUnit(String id, String name) {
        units.save(new Unit(id, name));
    }

    @Transactional
    public void createUser(String username, String displayName, String title, String rawPassword, String unitId,
            Set<Role> roles) {
        users.save(new UserAccount(username, displayName, title, username + "@kasus.example", 
                passwordEncoder.encode(rawPassword), unitId, roles));
    }

    Optional<UserAccount> account(String username) {
        return users.findById(username).filter(UserAccount::active);
    }
}
