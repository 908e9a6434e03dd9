package org.puente.exchange.internal;

import java.util.List;

import org.puente.shared.Forbidden;

/**
 * Forwarding an H2 message to units the sender has not allowed: refused until the sender
 * grants permission for each of them.
 */
public class ForwardingNotPermitted extends Forbidden {

	private final List<String> refused;

	ForwardingNotPermitted(List<String> refused) {
		super("exchange.forwarding.not.permitted");
		this.refused = List.copyOf(refused);
	}

	/** The units the sender has not allowed this message to be passed on to. */
	public List<String> refused() {
		return refused;
	}

}
