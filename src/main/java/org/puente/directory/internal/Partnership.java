package org.puente.directory.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.puente.shared.Stamp;

import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Two or more agencies that cooperate, each with its working languages. */
@Entity
@Table(name = "partnership")
@EntityListeners(AuditingEntityListener.class)
public class Partnership {

	/** One partner agency and the languages it works in (comma-separated codes). */
	@Embeddable
	public record Member(@Column(name = "agency_code") String agency, @Column(name = "languages") String languages) {
	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "vi", column = @Column(name = "name_vi")),
			@AttributeOverride(name = "es", column = @Column(name = "name_es")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private Trilingual name;

	private LocalDate since;

	@ElementCollection
	@CollectionTable(name = "partnership_member", joinColumns = @JoinColumn(name = "partnership_id"))
	private Set<Member> members = new LinkedHashSet<>();

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "owner_agency", nullable = false)
	private String ownerAgency;

	@Embedded
	private Stamp stamp = new Stamp();

	@Version
	private long version;

	protected Partnership() {
	}

	public Partnership(String code, String ownerAgency) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.ownerAgency = ownerAgency;
	}

	public void update(Trilingual name, LocalDate since, Set<Member> members) {
		this.name = name;
		this.since = since;
		if (!this.members.equals(members)) {
			this.members.clear();
			this.members.addAll(members);
		}
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public Trilingual name() {
		return name;
	}

	public LocalDate since() {
		return since;
	}

	public Set<Member> members() {
		return members;
	}

	public String ownerAgency() {
		return ownerAgency;
	}

	public long version() {
		return version;
	}

}
