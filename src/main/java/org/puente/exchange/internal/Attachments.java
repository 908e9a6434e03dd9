package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored attachments of the exchange. */
interface Attachments extends JpaRepository<Attachment, UUID> {

	@Query("select a from Attachment a where a.messageId = ?1 order by a.position")
	List<Attachment> of(UUID messageId);

	@Query("select a from Attachment a where a.messageId in ?1 order by a.position")
	List<Attachment> ofAll(java.util.Collection<UUID> messageIds);

}
