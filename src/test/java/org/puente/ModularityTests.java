package org.puente;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lets Spring Modulith derive the module boundaries from the code: no cycles, no module
 * reaching into another's internals; and writes the module diagrams and canvases.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PuenteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		assertThat(MODULES.stream().map(module -> module.getBasePackage().getName())).contains("org.puente.shared",
				"org.puente.names", "org.puente.directory", "org.puente.security", "org.puente.web",
				"org.puente.search", "org.puente.cli");
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
