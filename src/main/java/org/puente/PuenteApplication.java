package org.puente;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Puente: one deployable application. The {@code puente} command line
 * ({@link org.puente.cli.PuenteCommand}) is the entry point that starts it; this class
 * only anchors the configuration, so the root package does not depend on the cli module.
 */
@SpringBootApplication
public class PuenteApplication {

}
