package org.puente.security.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All user accounts. */
public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	@Query("select count(u) > 0 from UserAccount u where u.roles like '%ADMIN%' and u.enabled = true")
	boolean anyAdmin();

}
