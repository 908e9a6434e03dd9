package org.puente.reports.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.puente.directory.AgencyView;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PartnershipView;
import org.puente.registry.EngagementCalendar;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.security.UserAdministration;
import org.puente.shared.InvalidInput;
import org.puente.shared.NotFound;
import org.puente.shared.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' calendar feeds: creating one (its secret address is shown once), listing and
 * revoking them, and answering a calendar client that presents an address with what the
 * feed's owner may see at that moment.
 */
@Service
public class CalendarSubscriptions {

	static final String PREFIX = "pcf_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeeds feeds;

	private final EngagementCalendar calendar;

	private final UserAdministration users;

	private final DirectoryLookup directory;

	private final MessageSource messages;

	private final String baseUrl;

	CalendarSubscriptions(CalendarFeeds feeds, EngagementCalendar calendar, UserAdministration users,
			DirectoryLookup directory, MessageSource messages, @Value("${puente.base-url}") String baseUrl) {
		this.feeds = feeds;
		this.calendar = calendar;
		this.users = users;
		this.directory = directory;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A new feed: the secret address appears here once and is never stored. */
	public record IssuedFeed(UUID id, PartnershipView partnership, String url) {
	}

	/** A feed as its owner sees it later. */
	public record FeedView(UUID id, PartnershipView partnership, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** A feed's calendar, ready to send. */
	public record IcsFile(String fileName, String text) {
	}

	/** The partnerships the user may make a feed of. */
	public List<PartnershipView> partnerships(CurrentUser user) {
		return calendar.partnerships(user);
	}

	@Transactional
	public IssuedFeed create(CurrentUser user, String partnership) {
		user.require(Role.VIEWER);
		String wanted = partnership == null ? "" : partnership.trim();
		if (wanted.isEmpty()) {
			throw new InvalidInput("partnership", "required");
		}
		PartnershipView chosen = calendar.partnerships(user)
			.stream()
			.filter(p -> p.code().equalsIgnoreCase(wanted) || p.id().toString().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("partnership", "unknown.partnership"));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + HexFormat.of().formatHex(random);
		CalendarFeed feed = feeds
			.save(new CalendarFeed(user.id(), chosen.id(), Sha256.hex(secret), secret.substring(0, 10)));
		return new IssuedFeed(feed.id(), chosen, url(secret));
	}

	@Transactional(readOnly = true)
	public List<FeedView> of(CurrentUser user) {
		Map<UUID, PartnershipView> partnerships = directory.partnerships()
			.stream()
			.collect(Collectors.toMap(PartnershipView::id, Function.identity()));
		return feeds.findByUserIdOrderByCreatedAtDesc(user.id())
			.stream()
			.map(f -> new FeedView(f.id(), partnerships.get(f.partnershipId()), f.prefix(), f.createdAt(),
					f.lastUsedAt(), f.revokedAt()))
			.toList();
	}

	@Transactional
	public void revoke(CurrentUser user, UUID id) {
		CalendarFeed feed = feeds.findById(id)
			.filter(f -> f.userId().equals(user.id()))
			.orElseThrow(() -> new NotFound("calendar feed", id));
		if (!feed.revoked()) {
			feed.revoke(Instant.now());
		}
	}

	/**
	 * The calendar behind a secret address, as its owner may see it now; empty when the
	 * address is unknown or revoked, or the owner disabled or no longer a member of the
	 * partnership.
	 */
	public Optional<IcsFile> calendar(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<CalendarFeed> found = feeds.findByTokenHash(Sha256.hex(secret)).filter(f -> !f.revoked());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CalendarFeed feed = found.get();
		Optional<CurrentUser> owner = users.enabledUser(feed.userId()).filter(u -> u.has(Role.VIEWER));
		Optional<PartnershipView> partnership = owner.flatMap(
				u -> calendar.partnerships(u).stream().filter(p -> p.id().equals(feed.partnershipId())).findFirst());
		if (partnership.isEmpty()) {
			return Optional.empty();
		}
		CurrentUser user = owner.get();
		Instant now = Instant.now();
		feeds.used(feed.id(), now, now.minus(Duration.ofMinutes(1)));
		Locale locale = Locale.forLanguageTag(user.language());
		String name = messages.getMessage("feeds.ics.name",
				new Object[] { partnership.get().names().in(user.language()) }, locale);
		String text = EngagementIcs.write(name, baseUrl, calendar.engagements(user, feed.partnershipId()),
				wording(locale));
		return Optional.of(new IcsFile("puente-" + partnership.get().code() + ".ics", text));
	}

	/** The address a calendar client subscribes to. */
	String url(String secret) {
		return baseUrl + "/feeds/calendar/" + secret + ".ics";
	}

	private EngagementIcs.Wording wording(Locale locale) {
		Map<String, AgencyView> agencies = directory.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, Function.identity(), (a, b) -> a));
		String language = locale.getLanguage();
		return new EngagementIcs.Wording() {

			@Override
			public String kind(String code) {
				return messages.getMessage("recording.engagement.kind." + code, null, code, locale);
			}

			@Override
			public String agency(String code) {
				AgencyView agency = agencies.get(code);
				return agency == null ? code : agency.names().in(language) + " (" + code + ")";
			}

			@Override
			public String country(String code) {
				try {
					String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
					return name.isBlank() ? code : name;
				}
				catch (java.util.IllformedLocaleException ex) {
					return code; // not a region code: show it as recorded
				}
			}

			@Override
			public String label(String key) {
				return messages.getMessage("feeds.ics." + key, null, locale);
			}

		};
	}

}
