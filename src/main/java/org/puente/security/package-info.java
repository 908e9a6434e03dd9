/**
 * Users, roles, clearances, authentication, API tokens and the hash-chained audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.puente.security;
