package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored cases of the exchange. */
interface Cases extends JpaRepository<ExchangeCase, UUID>, JpaSpecificationExecutor<ExchangeCase> {

	Optional<ExchangeCase> findByReference(String reference);

	/** The case with its chain head locked, so messages are appended one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ExchangeCase c where c.id = ?1")
	Optional<ExchangeCase> lockById(UUID id);

}
