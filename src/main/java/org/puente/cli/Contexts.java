package org.puente.cli;

import java.util.HashMap;
import java.util.Map;

import org.puente.PuenteApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Puente without its web server, for commands that work on the database directly.
 */
final class Contexts {

	private Contexts() {
	}

	static ConfigurableApplicationContext offline() {
		Map<String, Object> props = new HashMap<>();
		props.put("logging.level.root", "WARN");
		props.put("logging.level.org.puente", "WARN");
		// Failures reach the user as one clear line from the command, not as a logged
		// stack trace.
		props.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		props.put("logging.level.org.springframework.context", "ERROR");
		props.put("logging.level.org.flywaydb", "ERROR");
		props.put("logging.level.com.zaxxer.hikari", "OFF");
		props.put("spring.main.banner-mode", "off");
		// The running server owns the search index; offline commands do not touch it.
		props.put("spring.jpa.properties.hibernate.search.enabled", "false");
		return new SpringApplicationBuilder(PuenteApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(props)
			.logStartupInfo(false)
			.run();
	}

}
