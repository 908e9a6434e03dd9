package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored statusChanges of the exchange. */
interface StatusChanges extends JpaRepository<CaseStatusChange, UUID> {

	@Query("select s from CaseStatusChange s where s.caseId = ?1 order by s.changedAt, s.id")
	List<CaseStatusChange> history(UUID caseId);

}
