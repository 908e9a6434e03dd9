package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored deliveries of the exchange. */
interface Deliveries extends JpaRepository<Delivery, UUID> {

	@Query("select d from Delivery d where d.messageId = ?1 order by d.addressee")
	List<Delivery> of(UUID messageId);

	/** The deliveries locked, so two readers of a unit record one read receipt. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Delivery d where d.messageId = ?1 order by d.addressee")
	List<Delivery> lockOf(UUID messageId);

	@Query("select d.addressee from Delivery d where d.messageId = ?1 and d.readAt is null")
	List<String> unread(UUID messageId);

	@Query("select d from Delivery d where d.messageId in ?1")
	List<Delivery> ofAll(java.util.Collection<UUID> messageIds);

}
