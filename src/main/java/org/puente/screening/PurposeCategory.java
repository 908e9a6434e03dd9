package org.puente.screening;

/** Why a check is run; required with a free-text purpose on every check. */
public enum PurposeCategory {

	BORDER_CONTROL, INVESTIGATION, VISA, IMMIGRATION, OTHER

}
