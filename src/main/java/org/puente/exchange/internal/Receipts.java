package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored receipts of the exchange. */
interface Receipts extends JpaRepository<Receipt, UUID> {

	@Query("select r from Receipt r where r.messageId = ?1 order by r.at, r.kind")
	List<Receipt> of(UUID messageId);

	@Query("select r from Receipt r where r.messageId in ?1 order by r.at")
	List<Receipt> ofAll(java.util.Collection<UUID> messageIds);

}
