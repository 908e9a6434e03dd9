/** The {@code puente} command line: serve, admin and audit commands. */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.puente.cli;
