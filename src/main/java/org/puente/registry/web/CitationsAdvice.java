package org.puente.registry.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.puente.registry.RecordCitations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The articles a record was accepted from, for the record pages' sources: the shared
 * {@code registry/parts :: sources} fragment lists them with the quoted passage.
 */
@ControllerAdvice(assignableTypes = { AgreementPages.class, EngagementPages.class, CommitmentPages.class })
class CitationsAdvice {

	private static final Pattern RECORD = Pattern
		.compile("/registry/(engagements|commitments|agreements)/([0-9a-fA-F-]{36})");

	private final ObjectProvider<RecordCitations> citations;

	CitationsAdvice(ObjectProvider<RecordCitations> citations) {
		this.citations = citations;
	}

	@ModelAttribute("citations")
	List<RecordCitations.Citation> citations(HttpServletRequest request) {
		Matcher m = RECORD.matcher(request.getRequestURI());
		RecordCitations source = citations.getIfAvailable();
		if (!m.find() || source == null) {
			return List.of();
		}
		String type = m.group(1).substring(0, m.group(1).length() - 1);
		try {
			return source.of(type, UUID.fromString(m.group(2)));
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

}
