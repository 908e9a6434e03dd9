/**
 * Transfer: a whole partnership copied out as one JSON document, and restored from it
 * into an instance that does not hold it yet, with the same ids, versions and stamps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer")
package org.puente.transfer;
