package se.kasus.access;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A member of staff who can log in. */
@Entity
@Table(name = "kasus_user")
class UserAccount {

    @Id
    private String username;
    private String displayName;
    private String title;
    private String email;
    private String passwordHash;
    private String unitId;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kasus_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String title, String email, String passwordHash, String unitId,
            Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.title = title;
        this.email = email;
        this.passwordHash = passwordHash;
        this.unitId = unitId;
        this.roles = EnumSet.copyOf(roles);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    String email() {
        return email;
    }

    KasusUser toUser() {
        return new KasusUser(username, displayName, title, unitId, roles);
    }
}
