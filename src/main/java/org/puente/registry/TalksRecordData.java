package org.puente.registry;

import java.util.List;

import org.puente.registry.DocumentEntries.AgreementAction;
import org.puente.registry.DocumentEntries.Commitment;
import org.puente.registry.DocumentEntries.Engagement;

/**
 * What a record of talks is made of: the engagement and its programme, the agreements
 * signed or reviewed at any of them, the commitments made there and those raised again.
 */
public record TalksRecordData(Engagement engagement, List<Engagement> programme, List<AgreementAction> agreements,
		List<Commitment> made, List<Commitment> raisedAgain) {
}
