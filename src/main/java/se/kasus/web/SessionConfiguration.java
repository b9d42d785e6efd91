package se.kasus.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The HTTP session in the database (Spring Session JDBC, see README "Flera noder"). Two requests of one session that
 * run at once, on one node or on two, each load the session and may each add the same attribute (a CSRF token, the
 * webapps' login); Spring Session's plain INSERT then fails the second with a duplicate key, a 500 for the user. An
 * upsert makes the later write win instead, as an attribute set twice in one request would.
 */
@Configuration
class SessionConfiguration {

    /** Spring Session's cookie (not the servlet container's JSESSIONID): what logout deletes. */
    static final String COOKIE_NAME = "SESSION";

    static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
            + "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            @Value("${spring.datasource.url:}") String url) {
        return repository -> {
            if (url.startsWith("jdbc:postgresql:")) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if (url.startsWith("jdbc:h2:")) {
                repository.setCreateSessionAttributeQuery(H2_UPSERT);
            }
        };
    }
}
