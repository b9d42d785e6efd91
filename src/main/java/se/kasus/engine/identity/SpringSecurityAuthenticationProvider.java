package se.kasus.engine.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

import se.kasus.access.KasusUser;
import se.kasus.access.UserDirectory;

/**
 * Tells Camunda who Spring Security has logged in: the user of the current request (form login session or HTTP
 * Basic) with the groups {@link KasusUser#groupIds()} gives, and no tenants. Used both by the webapps'
 * {@code ContainerBasedAuthenticationFilter} (single sign-on to Cockpit, Tasklist and Admin) and by the engine REST
 * API's {@code ProcessEngineAuthenticationFilter}. A user who is no longer active in Kasus is not authenticated.
 *
 * <p>The filters create this class by name with its no-argument constructor, so it finds {@link UserDirectory} in
 * the web application context of the request.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        Optional<KasusUser> user = directory(request).find(authentication.getName());
        if (user.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.get().username());
        result.setGroups(new ArrayList<>(user.get().groupIds()));
        result.setTenants(List.of());
        return result;
    }

    private static UserDirectory directory(HttpServletRequest request) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                .getBean(UserDirectory.class);
    }
}
