package org.puente.registry.internal;

/**
 * A status change: the new status, the day it happened (today if blank), a note, and,
 * when the change skips the usual order, the editor's reason for it.
 */
public record StatusForm(String status, String on, String note, String overrideReason, Long version) {

	public StatusForm withVersion(Long version) {
		return new StatusForm(status, on, note, overrideReason, version);
	}

}
