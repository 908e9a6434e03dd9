package org.puente.exchange;

/** How fast a request needs its answer; decides the default response deadline. */
public enum Urgency {

	URGENT, NORMAL

}
