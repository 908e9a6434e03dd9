package org.puente.directory.internal;

import java.util.Collection;
import java.util.UUID;

import org.puente.shared.Classification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All people in the directory. */
public interface People extends JpaRepository<Person, UUID> {

	Page<Person> findByDeletedFalseAndClassificationIn(Collection<Classification> visible, Pageable pageable);

}
