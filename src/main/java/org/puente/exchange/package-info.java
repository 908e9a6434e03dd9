/**
 * Secure exchange: cases and messages between partner agencies, with classification,
 * handling codes, delivery receipts, signatures and a hash chain per case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package org.puente.exchange;
