package org.puente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that starts Puente on a random port against a fresh database: H2 in memory by
 * default, or its own PostgreSQL schema when run with {@code -Dpuente.test.db=postgres}
 * (the failsafe "it-postgres" execution).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "puente.demo.enabled=true", "PUENTE_ADMIN_USERNAME=admin",
				"PUENTE_ADMIN_PASSWORD=" + TestUsers.ADMIN_PASSWORD, "PUENTE_ADMIN_AGENCY=MPS",
				"server.servlet.session.cookie.secure=false",
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync" })
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {

}
