/** Shared kernel: identifiers, classifications, languages and the error vocabulary. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.puente.shared;
