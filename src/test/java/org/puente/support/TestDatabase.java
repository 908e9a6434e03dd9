package org.puente.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context an empty database of its own: a named H2 in-memory
 * database, or a new schema in the PostgreSQL test database.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("puente.test.db"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String id = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Map<String, Object> props = new HashMap<>();
		if (postgres()) {
			String url = env("PUENTE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/puente_test");
			String user = env("PUENTE_TEST_PG_USER", "puente");
			String password = env("PUENTE_TEST_PG_PASSWORD", "puente");
			try (Connection c = DriverManager.getConnection(url, user, password)) {
				c.createStatement().execute("create schema " + id);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("PostgreSQL test database not reachable at " + url
						+ " (run .ci/run, or set PUENTE_TEST_PG_URL/USER/PASSWORD): " + ex.getMessage(), ex);
			}
			props.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + id);
			props.put("spring.datasource.username", user);
			props.put("spring.datasource.password", password);
			props.put("spring.flyway.schemas", id);
		}
		else {
			props.put("spring.datasource.url", "jdbc:h2:mem:" + id
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			props.put("spring.datasource.username", "sa");
			props.put("spring.datasource.password", "");
		}
		props.put("spring.datasource.hikari.maximum-pool-size", "5");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("puente-test-db", props));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
