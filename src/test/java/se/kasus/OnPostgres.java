package se.kasus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test on PostgreSQL in a fresh database (see {@link PostgresTestServer}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun", disabledReason = PostgresTestServer.SKIP_REASON)
@ContextConfiguration(initializers = PostgresTestServer.FreshDatabase.class)
public @interface OnPostgres {
}
