/**
 * Source import: press articles imported as text, the records they report extracted and
 * reviewed by a desk officer, accepted records citing the article and span they came
 * from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sources")
package org.puente.sources;
