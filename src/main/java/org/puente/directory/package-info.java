/** Agencies and units, people and their dated roles, cooperation areas, partnerships. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.puente.directory;
