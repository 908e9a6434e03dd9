package org.puente.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The files attached to agreements. */
interface AgreementDocuments extends JpaRepository<AgreementDocument, UUID> {

	List<AgreementDocument> findByAgreementIdOrderByUploadedAt(UUID agreementId);

}
