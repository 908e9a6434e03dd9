package org.puente.shared;

import java.util.regex.Pattern;

/** The stable code of an agency or unit, such as {@code MPS} or {@code MININT-DGCI}. */
public record AgencyId(String code) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	public AgencyId {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidInput("agency", "invalid.agency.code");
		}
	}

	@Override
	public String toString() {
		return code;
	}

}
