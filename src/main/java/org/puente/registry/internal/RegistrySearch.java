package org.puente.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.puente.directory.DirectoryLookup;
import org.puente.directory.PersonSummary;
import org.puente.names.NameFolding;
import org.puente.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over agreements, engagements (with their delegations) and commitments,
 * ignoring case and diacritics, showing only what the user may see.
 */
@Service
public class RegistrySearch {

	static final List<String> TITLES = List.of("title.vi", "title.es", "title.en");

	static final List<String> TEXTS = List.of("text.vi", "text.es", "text.en");

	static final List<String> ENGAGEMENT = List.of("title.vi", "title.es", "title.en", "outcomes", "placeCity",
			"delegation.personName");

	static final List<String> ACTIVITY = List.of("title.vi", "title.es", "title.en", "items", "placeCity");

	static final List<String> REVIEW = List.of("conclusions");

	private final EntityManager entityManager;

	private final Access access;

	private final DirectoryLookup directory;

	RegistrySearch(EntityManager entityManager, Access access, DirectoryLookup directory) {
		this.entityManager = entityManager;
		this.access = access;
		this.directory = directory;
	}

	/** One record found, with the matched words marked in {@code <mark>}. */
	public record Hit(String type, UUID id, String title, String snippet, LocalDate date, String status, float score) {
	}

	@Transactional(readOnly = true)
	public List<Hit> search(CurrentUser user, String query, Set<String> types, int limit) {
		String cleaned = query == null ? "" : query.replaceAll("[+|\\-\"*()~\\\\]", " ").trim();
		if (cleaned.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(entityManager);
		String language = user.language();
		List<Hit> hits = new ArrayList<>();
		if (types.isEmpty() || types.contains("AGREEMENT")) {
			for (List<?> row : find(session, Agreement.class, TITLES, cleaned, user, limit)) {
				Agreement a = (Agreement) row.get(0);
				hits.add(new Hit("AGREEMENT", a.id(), a.title().in(language), snippet(row), a.signedOn(),
						a.status().name(), (Float) row.get(1)));
			}
		}
		if (types.isEmpty() || types.contains("ENGAGEMENT")) {
			for (List<?> row : find(session, Engagement.class, ENGAGEMENT, cleaned, user, limit)) {
				Engagement e = (Engagement) row.get(0);
				hits.add(new Hit("ENGAGEMENT", e.id(), e.title().in(language), snippet(row), e.startDate(),
						e.kind().name(), (Float) row.get(1)));
			}
		}
		if (types.isEmpty() || types.contains("COMMITMENT")) {
			for (List<?> row : find(session, Commitment.class, TEXTS, cleaned, user, limit)) {
				Commitment c = (Commitment) row.get(0);
				hits.add(new Hit("COMMITMENT", c.id(), c.text().in(language), snippet(row), c.dueDate(),
						c.status().name(), (Float) row.get(1)));
			}
		}
		if (types.isEmpty() || types.contains("ACTIVITY")) {
			for (List<?> row : find(session, Activity.class, ACTIVITY, cleaned, user, limit)) {
				Activity a = (Activity) row.get(0);
				hits.add(new Hit("ACTIVITY", a.id(), a.title().in(language), snippet(row), a.startDate(),
						a.status().name(), (Float) row.get(1)));
			}
		}
		if (types.isEmpty() || types.contains("REVIEW")) {
			for (List<?> row : find(session, Review.class, REVIEW, cleaned, user, limit)) {
				Review r = (Review) row.get(0);
				Agreement reviewed = entityManager.find(Agreement.class, r.agreementId());
				hits.add(new Hit("REVIEW", r.id(), reviewed == null ? null : reviewed.title().in(language),
						snippet(row), r.reviewDate(), null, (Float) row.get(1)));
			}
		}
		hits.sort(Comparator.comparing(Hit::score).reversed());
		return hits.size() > limit ? hits.subList(0, limit) : hits;
	}

	/**
	 * People of the directory whose name, or a known spelling of it, starts with the
	 * words, among those the user is cleared to see; each hit's snippet is the name with
	 * the matched words marked. Ranked by the directory; their scores fall from 1.
	 */
	@Transactional(readOnly = true)
	public List<Hit> people(CurrentUser user, String query, int limit) {
		String cleaned = query == null ? "" : query.replaceAll("[+|\\-\"*()~\\\\]", " ").trim();
		if (cleaned.isEmpty()) {
			return List.of();
		}
		List<PersonSummary> found = directory.findPeople(user, cleaned, limit);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			PersonSummary p = found.get(i);
			hits.add(new Hit("PERSON", p.id(), p.fullName(), markWords(p.fullName(), cleaned), null, null,
					1.0f / (i + 1)));
		}
		return hits;
	}

	private <T> List<List<?>> find(SearchSession session, Class<T> type, List<String> fields, String query,
			CurrentUser user, int limit) {
		return session.search(type)
			.select(f -> f.composite()
				.from(f.entity(), f.score(),
						f.composite()
							.from(fields.stream()
								.map(f::highlight)
								.toArray(org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new))
							.asList())
				.asList())
			.where(f -> f.bool()
				.must(f.simpleQueryString()
					.fields(fields.toArray(String[]::new))
					.matching(query)
					.defaultOperator(BooleanOperator.AND))
				.filter(visibility(f, user)))
			.highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>"))
			.fetchHits(limit);
	}

	private SearchPredicate visibility(SearchPredicateFactory f, CurrentUser user) {
		Set<UUID> partnerships = access.partnershipsOf(user);
		var shared = f.bool()
			.must(f.match().field("internal").matching(false))
			.must(partnerships.isEmpty() ? f.matchNone() : f.terms().field("partnershipId").matchingAny(partnerships));
		return f.bool()
			.must(f.match().field("deleted").matching(false))
			.must(f.bool().should(f.match().field("ownerAgency").matching(user.ministry().code())).should(shared))
			.toPredicate();
	}

	/**
	 * The name, HTML-escaped, with each word that starts with a searched word (ignoring
	 * case and diacritics) in {@code <mark>}, as the index's highlighter marks other
	 * hits.
	 */
	static String markWords(String name, String query) {
		List<String> words = NameFolding.tokens(query);
		StringBuilder out = new StringBuilder();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(name);
		int at = 0;
		while (m.find()) {
			out.append(org.springframework.web.util.HtmlUtils.htmlEscape(name.substring(at, m.start())));
			String word = org.springframework.web.util.HtmlUtils.htmlEscape(m.group());
			String folded = NameFolding.fold(m.group());
			out.append(words.stream().anyMatch(folded::startsWith) ? "<mark>" + word + "</mark>" : word);
			at = m.end();
		}
		out.append(org.springframework.web.util.HtmlUtils.htmlEscape(name.substring(at)));
		return out.toString();
	}

	/** The first highlighted fragment of any field. */
	private static String snippet(List<?> row) {
		for (Object field : (List<?>) row.get(2)) {
			if (field instanceof List<?> fragments && !fragments.isEmpty()) {
				return String.valueOf(fragments.get(0));
			}
		}
		return null;
	}

}
