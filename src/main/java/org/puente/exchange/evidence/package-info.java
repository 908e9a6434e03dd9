/**
 * Evidence of the exchange: each agency's signing keys and signatures, open to the
 * command line and to the exchange's own services.
 */
@org.springframework.modulith.NamedInterface("evidence")
package org.puente.exchange.evidence;
