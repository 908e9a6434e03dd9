package org.puente.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All commitments of every partnership. */
interface Commitments extends JpaRepository<Commitment, UUID>, JpaSpecificationExecutor<Commitment> {

	java.util.List<Commitment> findByPartnershipIdAndDeletedFalse(UUID partnershipId);

	java.util.List<Commitment> findByOriginEngagementIdAndDeletedFalse(UUID engagementId);

}
