package org.puente.exchange.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.exchange.Readers;
import org.puente.security.CurrentUser;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who sees what in the exchange. A case is visible to the users of every ministry taking
 * part in it; a message only to its readers ({@link Readers}) cleared for its
 * classification. Anything else is "not found", never "forbidden", so its existence does
 * not leak.
 */
@Component
class ExchangeAccess {

	private final AgencyLookup agencies;

	private final DirectoryLookup directory;

	private final Map<String, String> ministries = new ConcurrentHashMap<>();

	ExchangeAccess(AgencyLookup agencies, DirectoryLookup directory) {
		this.agencies = agencies;
		this.directory = directory;
	}

	boolean agencyExists(String code) {
		try {
			return code != null && agencies.find(new AgencyId(code)).isPresent();
		}
		catch (InvalidInput ex) {
			return false; // not a well-formed code
		}
	}

	/** The ministry at the root of an agency's tree (the code itself when unknown). */
	String ministryOf(String code) {
		return ministries.computeIfAbsent(code, c -> {
			try {
				return agencies.find(new AgencyId(c)).map(ref -> ref.ministry().code()).orElse(c);
			}
			catch (InvalidInput ex) {
				return c;
			}
		});
	}

	/** The agency and every unit below it. */
	List<String> within(String code) {
		try {
			List<AgencyId> units = agencies.within(new AgencyId(code));
			return units.isEmpty() ? List.of(code) : units.stream().map(AgencyId::code).toList();
		}
		catch (InvalidInput ex) {
			return List.of(code);
		}
	}

	/** The ministries taking part in a case. */
	Set<String> ministriesOf(ExchangeCase c) {
		Set<String> out = new LinkedHashSet<>();
		c.agencies().forEach(a -> out.add(ministryOf(a)));
		return out;
	}

	boolean canSee(CurrentUser user, ExchangeCase c) {
		return c != null && ministriesOf(c).contains(user.ministry().code());
	}

	ExchangeCase visible(CurrentUser user, ExchangeCase c, Object id) {
		if (!canSee(user, c)) {
			throw new NotFound("case", id);
		}
		return c;
	}

	boolean mayRead(CurrentUser user, ExchangeMessage m) {
		return m != null && Readers.mayRead(user, m.readers(), m.classification());
	}

	ExchangeMessage readable(CurrentUser user, ExchangeMessage m, Object id) {
		if (!mayRead(user, m)) {
			throw new NotFound("message", id);
		}
		return m;
	}

	/** Whether the user acts for an addressed unit: its own unit or one below it. */
	boolean actsFor(CurrentUser user, String addressee) {
		return user.agency().code().equals(addressee) || within(addressee).contains(user.agency().code());
	}

	/** Whether the user is on the sending side of a message. */
	boolean sendingSide(CurrentUser user, ExchangeMessage m) {
		return user.ministry().code().equals(m.senderMinistry());
	}

	/** The reader keys of a message from a ministry to these units. */
	Set<String> readersOf(String senderMinistry, Collection<String> addressees) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Readers.ministry(senderMinistry));
		for (String addressee : addressees) {
			within(addressee).forEach(unit -> keys.add(Readers.unit(unit)));
		}
		return keys;
	}

	/** Whether two ministries are members of a common partnership. */
	boolean partners(String ministry, String other) {
		if (ministry.equals(other)) {
			return true;
		}
		for (PartnershipView p : directory.partnerships()) {
			Set<String> members = new LinkedHashSet<>();
			p.members().forEach(m -> members.add(ministryOf(m.agency())));
			if (members.contains(ministry) && members.contains(other)) {
				return true;
			}
		}
		return false;
	}

}
