/**
 * Name normalisation and matching for Vietnamese, Spanish and English names: plain Java.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.puente.names;
