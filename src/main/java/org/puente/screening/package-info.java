/**
 * Screening: hit/no-hit checks of persons and travel documents against the partner
 * agencies' watchlists, batch screening, query logs and follow-up through the exchange.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.puente.screening;
