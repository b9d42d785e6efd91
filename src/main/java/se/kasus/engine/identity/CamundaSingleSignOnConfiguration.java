package se.kasus.engine.identity;

import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Single sign-on from Kasus to Camunda's webapps and engine REST API. Spring Security authenticates every request
 * (see {@code se.kasus.web.SecurityConfiguration}); these filters, which run after it, pass its user on:
 *
 * <ul>
 * <li>{@code /camunda/*}: Camunda's {@link ContainerBasedAuthenticationFilter} with
 * {@link SpringSecurityAuthenticationProvider} puts the Kasus user and their groups into the webapps' session, so
 * Cockpit, Tasklist and Admin open without a second login.</li>
 * <li>{@code /engine-rest/*}: Camunda's {@link ProcessEngineAuthenticationFilter} with the same provider sets
 * {@code identityService.setAuthentication(user, groups)} for the request and clears it afterwards, so the engine's
 * authorization checks apply to process owners and Camunda Modeler (HTTP Basic) as to anyone else.</li>
 * </ul>
 */
@Configuration
class CamundaSingleSignOnConfiguration {

    /** Right after Spring Security's filter chain, before Camunda's own webapp filters. */
    static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn(
            CamundaBpmProperties camunda) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new KasusContainerBasedAuthenticationFilter());
        registration.setName("Kasus single sign-on to Camunda webapps");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            ObjectProvider<JerseyApplicationPath> jerseyPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ProcessEngineAuthenticationFilter());
        registration.setName("Kasus authentication for the engine REST API");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityAuthenticationProvider.class.getName());
        JerseyApplicationPath path = jerseyPath.getIfAvailable();
        registration.addUrlPatterns(path == null ? "/engine-rest/*" : path.getUrlMapping());
        registration.setOrder(ORDER);
        return registration;
    }

    /**
     * A new Kasus login starts with no Camunda webapp login in the session. Spring Security keeps session attributes
     * when it renews the session id at login, so without this a second user logging in on the same browser session
     * could inherit the first user's Camunda login on requests that the single sign-on filter does not look at.
     */
    @EventListener
    void forgetCamundaLoginOnKasusLogin(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                AuthenticationUtil.updateSession(session, new Authentications());
            }
        }
    }
}
