package org.puente.exchange;

/**
 * Evaluation of the source: A reliable, B mostly reliable, C not reliable, X cannot be
 * judged.
 */
public enum SourceReliability {

	A, B, C, X

}
