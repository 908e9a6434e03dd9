package org.puente.exchange;

/** What a message asks of its addressees; only requests await an answer. */
public enum RequestType {

	REQUEST_FOR_INFORMATION(true), REQUEST_FOR_ASSISTANCE(true), SPONTANEOUS_INFORMATION(false), NOTIFICATION(false);

	private final boolean awaitsAnswer;

	RequestType(boolean awaitsAnswer) {
		this.awaitsAnswer = awaitsAnswer;
	}

	/** Whether addressees owe an answer by the deadline. */
	public boolean awaitsAnswer() {
		return awaitsAnswer;
	}

}
