package org.puente.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partnership between agencies, each with its working languages. */
public record PartnershipView(UUID id, String code, AgencyView.Names names, LocalDate since, List<Member> members,
		long version) {

	/** One partner agency. */
	public record Member(String agency, List<String> languages) {
	}

}
