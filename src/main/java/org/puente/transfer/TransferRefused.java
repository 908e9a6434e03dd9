package org.puente.transfer;

/**
 * An import that would overwrite what this instance already holds: a row of {@code table}
 * with key {@code key} exists ({@code differs} when it is a shared reference row, an
 * agency or area, whose content is not the same).
 */
public class TransferRefused extends RuntimeException {

	private final String table;

	private final String key;

	private final boolean differs;

	TransferRefused(String table, String key, boolean differs) {
		super(table + " " + key + (differs ? " exists here with other content" : " exists here already"));
		this.table = table;
		this.key = key;
		this.differs = differs;
	}

	public String table() {
		return table;
	}

	public String key() {
		return key;
	}

	public boolean differs() {
		return differs;
	}

	/** The message key that words this refusal; arguments are the table and the key. */
	public String messageKey() {
		return differs ? "transfer.refused.differs" : "transfer.refused.exists";
	}

}
