package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored messages of the exchange. */
interface Messages extends JpaRepository<ExchangeMessage, UUID> {

	@Query("select m from ExchangeMessage m where m.caseId = ?1 order by m.seq")
	List<ExchangeMessage> inCase(UUID caseId);

	@Query("select m from ExchangeMessage m where m.correctionOf = ?1 order by m.seq")
	List<ExchangeMessage> correctionsOf(UUID id);

	@Query("select m from ExchangeMessage m where m.replyTo = ?1 order by m.seq")
	List<ExchangeMessage> repliesTo(UUID id);

}
