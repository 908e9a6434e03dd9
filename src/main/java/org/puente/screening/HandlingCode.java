package org.puente.screening;

/**
 * What the owner allows done with what it later discloses about an entry: H0 usable in
 * judicial proceedings, H1 not without the owner's permission, H2 not to be passed on, H3
 * further restrictions stated in the answer.
 */
public enum HandlingCode {

	H0, H1, H2, H3

}
