package se.kasus.web;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, and how they log in.
 *
 * <ul>
 * <li>Kasus pages: form login at {@code /login} (a session), logout with POST {@code /logout}; an anonymous visitor
 * is redirected to the login page.</li>
 * <li>{@code /api/**} (Kasus's JSON API) and {@code /engine-rest/**} (the engine's REST API, for process owners and
 * Camunda Modeler): the session or HTTP Basic with the same Kasus users; anonymous requests get 401 with a JSON
 * problem, never a redirect. The engine REST API then applies the engine's own authorizations (see
 * {@code se.kasus.engine.identity.CamundaSingleSignOnConfiguration}).</li>
 * <li>{@code /camunda/**} (Cockpit, Tasklist, Admin): the Kasus session, passed on to the webapps without a second
 * login; pages redirect to {@code /login}, their API calls ({@code /camunda/api/**}) get 401. The webapps' own login
 * endpoint is closed, since the user is always the one logged in to Kasus; their logout button logs out of Kasus.</li>
 * <li>Public: {@code /login}, {@code /css/**}, {@code /js/**}, {@code /vendor/**}, {@code /favicon.ico} and
 * {@code /actuator/health}.</li>
 * <li>With {@code kasus.gate.required=true}, new deployments through the engine REST API (Camunda Modeler's
 * "Deploy", {@code POST /engine-rest/deployment/create} and {@code .../redeploy}) are refused: models then reach
 * production only through the process gate ({@code /processer/grind}).</li>
 * </ul>
 *
 * <p><b>CSRF.</b> Spring Security's synchronizer token protects every state-changing request that a browser session
 * authenticates: HTML forms (Thymeleaf adds the token) and {@code /api/**} or {@code /engine-rest/**} calls from
 * Kasus's own JavaScript, which must send the token in the {@code X-CSRF-TOKEN} header (read it from the page). A
 * request that carries {@code Authorization: Basic} needs no token: a cross-site page cannot make a browser add that
 * header (that would need a CORS preflight, which Kasus does not allow), and since Kasus never answers with a Basic
 * challenge, browsers never prompt for and cache Basic credentials that they could send on their own. Under
 * {@code /camunda/**} Spring's check is off and Camunda's own CSRF filter (cookie {@code XSRF-TOKEN}, header
 * {@code X-XSRF-TOKEN}) does the job, as in Camunda's Spring Security examples. Note that Camunda's filter
 * invalidates the session when a token is missing or wrong; since the session is shared, that logs the user out of
 * Kasus as well.
 *
 * <p><b>Headers.</b> Spring Security's defaults everywhere. Kasus's own responses also get a Content-Security-Policy
 * that allows only the application itself ({@link #CONTENT_SECURITY_POLICY}); the webapps under {@code /camunda/**}
 * need inline and eval'd scripts and keep the policy Camunda's header filter sets for them, so Kasus's policy is never
 * written there, not even when Camunda's is switched off.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Scripts, styles, fonts and connections from Kasus itself only: no inline script or style, no eval (form-js's
     * viewer and htmx need neither; htmx's {@code hx-on}/{@code js:} attributes and its injected indicator style must
     * stay off). Images may also be {@code data:} URIs, which Swagger UI's stylesheet uses.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private final String camundaPath;
    private final boolean gateRequired;

    SecurityConfiguration(@Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath,
            @Value("${kasus.gate.required:false}") boolean gateRequired) {
        this.camundaPath = camundaPath;
        this.gateRequired = gateRequired;
    }

    @Bean
    SecurityFilterChain kasusSecurityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher api = PATHS.matcher("/api/**");
        RequestMatcher engineRest = PATHS.matcher("/engine-rest/**");
        RequestMatcher camunda = PATHS.matcher(camundaPath + "/**");
        RequestMatcher camundaApi = PATHS.matcher(camundaPath + "/api/**");
        RequestMatcher camundaLogin = PATHS.matcher(HttpMethod.POST, camundaPath + "/api/admin/auth/user/*/login/*");
        RequestMatcher camundaLogout = new AndRequestMatcher(
                PATHS.matcher(HttpMethod.POST, camundaPath + "/api/admin/auth/user/*/logout"),
                new RequestHeaderRequestMatcher("X-XSRF-TOKEN"));
        RequestMatcher kasusLogout = PATHS.matcher(HttpMethod.POST, "/logout");
        RequestMatcher basicAuth = SecurityConfiguration::hasBasicCredentials;
        RequestMatcher machineClients = new OrRequestMatcher(api, engineRest, camundaApi, basicAuth);
        RequestMatcher engineRestDeployment = new OrRequestMatcher(
                PATHS.matcher(HttpMethod.POST, "/engine-rest/deployment/create"),
                PATHS.matcher(HttpMethod.POST, "/engine-rest/deployment/*/redeploy"),
                PATHS.matcher(HttpMethod.POST, "/engine-rest/engine/*/deployment/create"),
                PATHS.matcher(HttpMethod.POST, "/engine-rest/engine/*/deployment/*/redeploy"));

        AuthenticationEntryPoint unauthorized = new JsonUnauthorizedEntryPoint();
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(machineClients, unauthorized);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));

        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new AndRequestMatcher(PATHS.matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(machineClients)));

        SavedRequestAwareAuthenticationSuccessHandler loggedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        loggedIn.setDefaultTargetUrl("/");
        loggedIn.setRequestCache(requestCache);

        LinkedHashMap<RequestMatcher, LogoutSuccessHandler> loggedOut = new LinkedHashMap<>();
        loggedOut.put(camundaLogout, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
        DelegatingLogoutSuccessHandler logoutSuccess = new DelegatingLogoutSuccessHandler(loggedOut);
        logoutSuccess.setDefaultLogoutSuccessHandler(loggedOutToLoginPage());

        http
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PATHS.matcher("/css/**"), PATHS.matcher("/js/**"), PATHS.matcher("/vendor/**"),
                        PATHS.matcher("/favicon.ico"), PATHS.matcher("/login"), PATHS.matcher("/actuator/health"),
                        PATHS.matcher("/actuator/health/**")).permitAll()
                .requestMatchers(camundaLogin).denyAll()
                .requestMatchers(gateRequired ? engineRestDeployment : request -> false).denyAll()
                .requestMatchers(api, engineRest, camunda).authenticated()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(loggedIn)
                .failureUrl("/login?error")
                .permitAll())
            .httpBasic(basic -> basic
                .realmName("Kasus")
                .authenticationEntryPoint(unauthorized))
            .logout(logout -> logout
                .logoutRequestMatcher(new OrRequestMatcher(kasusLogout, camundaLogout))
                .logoutSuccessHandler(logoutSuccess)
                .invalidateHttpSession(true)
                .deleteCookies(SessionConfiguration.COOKIE_NAME))
            .requestCache(cache -> cache.requestCache(requestCache))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
            .csrf(csrf -> csrf.ignoringRequestMatchers(camunda, basicAuth))
            .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(camunda),
                    new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
        return http.build();
    }

    private static LogoutSuccessHandler loggedOutToLoginPage() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * 401 as a JSON problem for API clients, instead of a redirect to the login page. Deliberately without a
     * {@code WWW-Authenticate: Basic} challenge, so that browsers never show their own login prompt (see CSRF above);
     * API clients send Basic credentials without being asked.
     */
    static final class JsonUnauthorizedEntryPoint implements AuthenticationEntryPoint {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException authException) throws IOException {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Inte inloggad\",\"status\":401,"
                    + "\"detail\":\"Logga in i Kasus, eller skicka användarnamn och lösenord med HTTP Basic.\"}");
        }
    }
}
