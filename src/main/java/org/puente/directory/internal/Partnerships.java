package org.puente.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** All partnerships. */
public interface Partnerships extends JpaRepository<Partnership, UUID> {

	Optional<Partnership> findByCode(String code);

}
