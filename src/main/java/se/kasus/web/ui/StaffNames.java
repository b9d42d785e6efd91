package se.kasus.web.ui;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kasus.access.KasusUser;
import se.kasus.access.UserDirectory;

/** Usernames as people: "Anna Berg" rather than "anna.handlaggare", for assignees, authors and the audit log. */
@Component
class StaffNames {

    private final UserDirectory directory;

    StaffNames(UserDirectory directory) {
        this.directory = directory;
    }

    /** Every active user's display name by username; a username not in the map is shown as it is. */
    Map<String, String> all() {
        return directory.all().stream().collect(Collectors.toMap(KasusUser::username, KasusUser::displayName));
    }
}
