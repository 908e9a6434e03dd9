/**
 * The cooperation registry: agreements, engagements (visits, talks), commitments, the
 * activities that carry them out, and implementation reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.puente.registry;
