package org.puente.exchange;

/** How much a case matters next to the others. */
public enum Priority {

	LOW, NORMAL, HIGH, CRITICAL

}
