package org.puente.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose value the audit log records only as its SHA-256: classified content (an
 * exchange message's body) must not become readable to whoever may read the audit log.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditWithheld {

}
