package se.kasus.engine.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication filter, which also answers the webapps' "who am I" request
 * ({@code GET /api/admin/auth/user/{engine}}). Camunda's filter logs the container's user in to the webapps only on
 * app pages and engine/plugin API calls; the single-page apps ask "who am I" first, so without this a fresh Kasus
 * session would be told "nobody" until an app page had been loaded.
 */
class KasusContainerBasedAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    static final Pattern WHO_AM_I = Pattern.compile("/api/admin/auth/user/([^/]+)");

    @Override
    protected String extractEngineName(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            Matcher whoAmI = WHO_AM_I.matcher(getRequestUri(request));
            if (whoAmI.matches()) {
                return whoAmI.group(1);
            }
        }
        return super.extractEngineName(request);
    }
}
