package org.puente.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All engagements of every partnership. */
interface Engagements extends JpaRepository<Engagement, UUID>, JpaSpecificationExecutor<Engagement> {

	java.util.List<Engagement> findByParentIdAndDeletedFalseOrderByStartDate(UUID parentId);

	@org.springframework.data.jpa.repository.Query("select l from EngagementAgreement l where l.agreementId = ?1 and l.engagement.deleted = false")
	java.util.List<EngagementAgreement> linksTo(UUID agreementId);

}
