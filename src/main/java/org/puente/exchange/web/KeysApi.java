package org.puente.exchange.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.exchange.evidence.Signatures;
import org.puente.exchange.evidence.Signatures.AgencyKey;
import org.puente.security.CurrentUser;
import org.puente.security.CurrentUsers;
import org.puente.security.Role;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Exchange keys", description = "The agencies' public signing keys, and their rotation")
@RestController
@RequestMapping("/api/v1/exchange/keys")
class KeysApi {

	private final Signatures signatures;

	private final AgencyLookup agencies;

	KeysApi(Signatures signatures, AgencyLookup agencies) {
		this.signatures = signatures;
		this.agencies = agencies;
	}

	/**
	 * An agency's public keys, current first: what anyone needs to verify its signatures.
	 */
	record AgencyKeys(String agency, List<AgencyKey> keys) {
	}

	/** The public keys of the ministry an agency or unit belongs to. */
	@GetMapping("/{agency}")
	@PreAuthorize("hasRole('VIEWER')")
	AgencyKeys keys(@PathVariable String agency) {
		AgencyId ministry = ministry(agency);
		return new AgencyKeys(ministry.code(), signatures.keys(ministry));
	}

	/**
	 * Retires the current key and makes a new one: administrators of that ministry only.
	 */
	@PostMapping("/{agency}/rotate")
	@PreAuthorize("hasRole('ADMIN')")
	AgencyKeys rotate(@PathVariable String agency) {
		CurrentUser user = CurrentUsers.get();
		user.require(Role.ADMIN);
		AgencyId ministry = ministry(agency);
		user.requireOwner(ministry);
		signatures.rotate(ministry);
		return new AgencyKeys(ministry.code(), signatures.keys(ministry));
	}

	private AgencyId ministry(String code) {
		AgencyId id = new AgencyId(code);
		return agencies.find(id).orElseThrow(() -> new NotFound("agency", id)).ministry();
	}

}
