/**
 * The extraction engine: rules and lexicons that turn an article's text into proposed
 * records (pure Java, fed with the directory through a {@link Gazetteer}), its JSON form,
 * the same-event score and the benchmark over a labelled set.
 */
@org.springframework.modulith.NamedInterface("extraction")
package org.puente.sources.extraction;
