package se.kasus.engine.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on an in-memory database, without the process deployment: these tests deploy what they
 * need. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:kasus-identity-test;DB_CLOSE_DELAY=-1",
                "kasus.models.deploy-at-start=false",
                "camunda.bpm.job-execution.enabled=false",
                "kasus.demo-data=false" })
public @interface IdentitySliceTest {
}
