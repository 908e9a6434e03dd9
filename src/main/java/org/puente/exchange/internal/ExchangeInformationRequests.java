package org.puente.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.puente.exchange.HandlingCode;
import org.puente.exchange.InformationRequests;
import org.puente.exchange.Priority;
import org.puente.exchange.RequestType;
import org.puente.exchange.Urgency;
import org.puente.security.CurrentUser;
import org.puente.shared.Classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link InformationRequests} with the exchange's own services: the case is opened and
 * the request sent exactly as the case and compose pages do, so every check, signature,
 * hash chain link, delivery receipt and audit entry is the same.
 */
@Service
class ExchangeInformationRequests implements InformationRequests {

	private final ExchangeCases cases;

	private final ExchangeMessages messages;

	private final ExchangeAccess access;

	ExchangeInformationRequests(ExchangeCases cases, ExchangeMessages messages, ExchangeAccess access) {
		this.cases = cases;
		this.messages = messages;
		this.access = access;
	}

	@Override
	@Transactional
	public Opened requestInformation(CurrentUser asker, String addressee, String subject, String text,
			Classification classification, Set<String> areas, String externalReference) {
		String to = addressee == null ? "" : addressee.trim().toUpperCase(Locale.ROOT);
		String title = subject == null ? "" : subject.strip();
		if (externalReference != null && !externalReference.isBlank() && !title.contains(externalReference)) {
			title = externalReference.strip() + ": " + title;
		}
		if (title.length() > 500) {
			title = title.substring(0, 500);
		}
		// The asker's own ministry always takes part; another ministry's unit brings its
		// agency in (a unit of the asker's own ministry needs nothing more).
		List<String> agencies = new ArrayList<>();
		if (access.agencyExists(to) && !access.ministryOf(to).equals(asker.ministry().code())) {
			agencies.add(to);
		}
		ExchangeCases.CaseView opened = cases.create(asker, new ExchangeCases.CaseForm(title, Priority.NORMAL.name(),
				areas == null ? List.of() : List.copyOf(areas), agencies, null, null, null));
		ExchangeMessages.MessageView sent = messages.send(asker, opened.id(),
				new ExchangeMessages.MessageForm(List.of(to), title, text, null,
						classification == null ? null : classification.name(), List.of(HandlingCode.H0.name()), null,
						null, null, RequestType.REQUEST_FOR_INFORMATION.name(), Urgency.NORMAL.name(), null,
						List.of()));
		return new Opened(opened.id(), opened.reference(), sent.id());
	}

}
