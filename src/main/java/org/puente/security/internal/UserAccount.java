package org.puente.security.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.Classification;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A person who signs in to Puente, in one agency, with roles and a clearance. */
@Entity
@Table(name = "app_user")
@EntityListeners(AuditingEntityListener.class)
public class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "agency_code", nullable = false)
	private String agencyCode;

	@Column(nullable = false)
	private String roles;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification clearance;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private boolean enabled;

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String fullName, AgencyId agency, Set<Role> roles,
			Classification clearance, String language) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.agencyCode = agency.code();
		setRoles(roles);
		this.clearance = clearance;
		this.language = language;
		this.enabled = true;
	}

	public CurrentUser toCurrentUser(AgencyId ministry) {
		return new CurrentUser(id, username, fullName, agency(), ministry, roles(), clearance, language);
	}

	public UUID id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public String fullName() {
		return fullName;
	}

	public AgencyId agency() {
		return new AgencyId(agencyCode);
	}

	public Set<Role> roles() {
		if (roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(roles.split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public Classification clearance() {
		return clearance;
	}

	public String language() {
		return language;
	}

	public boolean enabled() {
		return enabled;
	}

	public long version() {
		return version;
	}

	public Stamp stamp() {
		return stamp;
	}

	public void change(String fullName, AgencyId agency, Set<Role> roles, Classification clearance, String language,
			boolean enabled) {
		setFullName(fullName);
		setAgency(agency);
		setRoles(roles);
		setClearance(clearance);
		setLanguage(language);
		setEnabled(enabled);
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public void setAgency(AgencyId agency) {
		this.agencyCode = agency.code();
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	public void setClearance(Classification clearance) {
		this.clearance = clearance;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
