package org.puente.registry.web;

import org.puente.registry.internal.StatusForm;

/** A status change as the browser sends it; the version is a hidden field. */
record FormStatus(String status, String on, String note, String overrideReason, String version) {

	/** A blank status change, the status already chosen when a link asked for one. */
	static FormStatus asked(String status, long version) {
		return new FormStatus(status == null ? "" : status, "", "", "", String.valueOf(version));
	}

	StatusForm toForm() {
		return new StatusForm(status, on, note, overrideReason, FormInput.version(version));
	}

	FormStatus withVersion(long current) {
		return new FormStatus(status, on, note, overrideReason, String.valueOf(current));
	}

}
