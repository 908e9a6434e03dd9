package org.puente;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lets Spring Modulith derive the module boundaries from the code: no cycles, no module
 * reaching into another's internals; and writes the module diagrams and canvases.
 */
class ModularityTests {

	/**
	 * Production code only: ArchUnit's own test filter knows {@code target/test-classes}
	 * but not the separate build folders parallel builds use
	 * ({@code -Dpuente.build.dir}).
	 */
	static final ApplicationModules MODULES = ApplicationModules.of(PuenteApplication.class,
			location -> !location.contains("/test-classes/"));

	@Test
	void modulesRespectTheirBoundaries() {
		assertThat(MODULES.stream().map(module -> module.getBasePackage().getName()))
			.contains("org.puente.shared", "org.puente.names", "org.puente.directory", "org.puente.security",
					"org.puente.web", "org.puente.search", "org.puente.cli")
			.doesNotContain("org.puente.support");
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
		Path docs = Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).exists();
		assertThat(docs.resolve("module-directory.puml")).exists();
		assertThat(docs.resolve("module-security.adoc")).exists();
	}

}
