package org.puente.directory.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The cooperation-area taxonomy. */
public interface Areas extends JpaRepository<Area, String> {

	List<Area> findAllByOrderBySortOrderAscCodeAsc();

}
