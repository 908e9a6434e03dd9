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

	private final EntityManager entityManager;

	private final Access access;

	RegistrySearch(EntityManager entityManager, Access access) {
		this.entityManager = entityManager;
		this.access = access;
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
		hits.sort(Comparator.comparing(Hit::score).reversed());
		return hits.size() > limit ? hits.subList(0, limit) : hits;
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
