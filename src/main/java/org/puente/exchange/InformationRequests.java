package org.puente.exchange;

import java.util.Set;
import java.util.UUID;

import org.puente.security.CurrentUser;
import org.puente.shared.Classification;

/**
 * Opens a request for information in the exchange on behalf of another module
 * (screening's step 2): a new case with the addressed unit's agency taking part and, in
 * it, one {@link RequestType#REQUEST_FOR_INFORMATION} message to that unit. The rules of
 * the exchange apply as if the asker had done it by hand (editors only, partners only,
 * classification within the asker's clearance); the answer comes as a reply in the case.
 */
public interface InformationRequests {

	/**
	 * What was opened: the case (its page is {@code /exchange/cases/{caseId}}) and the
	 * request message in it.
	 */
	record Opened(UUID caseId, String caseReference, UUID messageId) {
	}

	/**
	 * Opens the case and sends the request, in one transaction.
	 * @param asker the officer asking (EDITOR)
	 * @param addressee unit or agency code that is to answer
	 * @param subject the case title and the message subject
	 * @param text the message text
	 * @param classification the message's marking; handling code H0, urgency NORMAL
	 * @param areas crime areas of the case (may be empty)
	 * @param externalReference the other module's reference, put in the subject if it is
	 * not there already
	 */
	Opened requestInformation(CurrentUser asker, String addressee, String subject, String text,
			Classification classification, Set<String> areas, String externalReference);

}
