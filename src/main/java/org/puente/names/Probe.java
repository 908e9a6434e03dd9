package org.puente.names;

/**
 * What a check asks about: a name and whatever else the asker knows.
 *
 * @param fullName the name as written
 * @param birth date of birth, or {@code null}
 * @param nationality ISO 3166 alpha-2 code, or {@code null}
 * @param document an identity document number, or {@code null}
 */
public record Probe(String fullName, BirthDate birth, String nationality, String document) {

}
