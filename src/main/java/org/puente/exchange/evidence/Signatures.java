package org.puente.exchange.evidence;

import java.time.Instant;
import java.util.List;

import org.puente.shared.AgencyId;

/**
 * Each agency's signing keys: a key pair generated on first use, the private key
 * encrypted at rest, rotation keeping retired public keys so old signatures still verify.
 */
public interface Signatures {

	/** Signs with the agency's current key. */
	Signature sign(AgencyId agency, byte[] content);

	/** Whether {@code signature} is a valid signature of {@code content} by its key. */
	boolean verify(Signature signature, byte[] content);

	/** The agency's keys, current first, retired ones after. */
	List<AgencyKey> keys(AgencyId agency);

	/** Retires the current key and creates a new one. */
	AgencyKey rotate(AgencyId agency);

	/**
	 * @param value base64 of the signature bytes
	 */
	record Signature(String keyId, String algorithm, String value) {
	}

	/**
	 * @param retired {@code null} for the current key
	 */
	record AgencyKey(String keyId, AgencyId agency, String algorithm, String publicKeyPem, Instant created,
			Instant retired) {
	}

}
