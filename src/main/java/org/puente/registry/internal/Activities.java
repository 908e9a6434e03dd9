package org.puente.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All activities of every partnership. */
interface Activities extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

	@org.springframework.data.jpa.repository.Query("select a from Activity a join a.commitments c where c = ?1 and a.deleted = false")
	java.util.List<Activity> carrying(UUID commitmentId);

}
