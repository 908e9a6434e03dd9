package org.puente.reports;

import java.util.Locale;
import java.util.Map;

/**
 * Prints a Thymeleaf template to PDF the way the reports module prints its own documents
 * (bundled Noto Sans, tagged PDF, no network): the route other modules use for their
 * printed documents, such as the exchange's case dossier. The template may use the
 * {@code reports/pdf :: document(content)} page frame.
 */
public interface PdfPrinting {

	byte[] pdf(String template, Locale locale, Map<String, Object> model);

}
