package se.kasus.access;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: a {@link KasusUser} plus the password hash needed to log in. The hash is erased once
 * the login has succeeded (Spring Security calls {@link #eraseCredentials()}), so it never reaches the HTTP session,
 * which Spring Session stores in the database.
 */
final class KasusUserDetails implements UserDetails, CredentialsContainer {

    private final KasusUser user;
    private String passwordHash;

    KasusUserDetails(KasusUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    KasusUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
