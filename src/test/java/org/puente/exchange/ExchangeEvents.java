package org.puente.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the exchange's events in the test application, as a live-update listener would
 * get them.
 */
@Component
class ExchangeEvents {

	final List<MessageSent> sent = new CopyOnWriteArrayList<>();

	final List<ReceiptRecorded> receipts = new CopyOnWriteArrayList<>();

	@EventListener
	void on(MessageSent event) {
		sent.add(event);
	}

	@EventListener
	void on(ReceiptRecorded event) {
		receipts.add(event);
	}

}
