package org.puente.directory.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All agencies and units. */
public interface Agencies extends JpaRepository<Agency, String> {

	List<Agency> findByParentCodeOrderByCode(String parentCode);

}
