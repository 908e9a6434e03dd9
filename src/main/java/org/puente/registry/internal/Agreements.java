package org.puente.registry.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All agreements of every partnership. */
interface Agreements extends JpaRepository<Agreement, UUID>, JpaSpecificationExecutor<Agreement> {

}
