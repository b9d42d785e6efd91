package se.kasus.engine.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application slice these tests run against: access, the engine with its webapps and REST API, the identity
 * provider, single sign-on and Kasus's security configuration, on an in-memory database with the access schema only
 * (migration V1). The other modules are left out, so these tests neither wait for nor break on them. Every test class
 * with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = KasusIdentityProviderTest.Slice.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:kasus-identity-test;DB_CLOSE_DELAY=-1",
                "spring.flyway.target=1",
                "camunda.bpm.auto-deployment-enabled=false",
                "camunda.bpm.job-execution.enabled=false",
                "kasus.demo-data=false" })
public @interface IdentitySliceTest {
}
