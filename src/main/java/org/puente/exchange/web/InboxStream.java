package org.puente.exchange.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.puente.exchange.MessageSent;
import org.puente.exchange.ReceiptRecorded;
import org.puente.exchange.Readers;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.shared.Classification;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates of the inbox and case pages (Server-Sent Events). An event carries no
 * content, only "something you may see changed" with its case and message ids; the page
 * then reloads its list through the ordinary, filtered request. A user is told only of
 * messages and receipts they may read (their reader keys and clearance, checked against
 * the event), so nothing leaks through the stream, not even that a message exists.
 */
@Controller
class InboxStream {

	/** Browsers reconnect on their own after this; the user is checked again then. */
	static final Duration TIMEOUT = Duration.ofMinutes(10);

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	record Listener(CurrentUser user, SseEmitter emitter) {
	}

	@GetMapping(path = "/exchange/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasRole('VIEWER')")
	@ResponseBody
	SseEmitter stream() {
		CurrentUser user = CurrentUsers.get();
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Listener listener = new Listener(user, emitter);
		listeners.add(listener);
		emitter.onCompletion(() -> listeners.remove(listener));
		emitter.onTimeout(() -> listeners.remove(listener));
		emitter.onError(ex -> listeners.remove(listener));
		try {
			// Tells the page the stream is open (and flushes the headers).
			emitter.send(SseEmitter.event().name("ready").data("ready").reconnectTime(5000));
		}
		catch (IOException ex) {
			listeners.remove(listener);
		}
		return emitter;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MessageSent sent) {
		tell(sent.readers(), sent.classification(), "message", sent.caseId() + " " + sent.messageId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ReceiptRecorded receipt) {
		tell(receipt.readers(), receipt.classification(), "receipt", receipt.caseId() + " " + receipt.messageId());
	}

	/** How many pages are listening now (for tests and the admin's curiosity). */
	int listening() {
		return listeners.size();
	}

	private void tell(Collection<String> readers, Classification classification, String name, String data) {
		Set<String> keys = Set.copyOf(readers);
		for (Listener listener : listeners) {
			if (!Readers.mayRead(listener.user(), keys, classification)) {
				continue;
			}
			try {
				listener.emitter().send(SseEmitter.event().name(name).data(data));
			}
			catch (IOException | IllegalStateException ex) {
				// The page went away: forget it; the browser reconnects if it is still
				// open.
				listeners.remove(listener);
			}
		}
	}

}
