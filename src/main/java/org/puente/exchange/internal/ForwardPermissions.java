package org.puente.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Stored forwardPermissions of the exchange. */
interface ForwardPermissions extends JpaRepository<ForwardPermission, UUID> {

	@Query("select p from ForwardPermission p where p.messageId = ?1 order by p.grantedAt")
	List<ForwardPermission> of(UUID messageId);

}
