package org.puente.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All reviews of every partnership. */
interface Reviews extends JpaRepository<Review, UUID>, JpaSpecificationExecutor<Review> {

	java.util.List<Review> findByAgreementIdAndDeletedFalseOrderByReviewDate(UUID agreementId);

}
