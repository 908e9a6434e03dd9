package org.puente.reports.documents;

import java.util.Locale;
import java.util.Map;

import org.puente.reports.PdfPrinting;

import org.springframework.stereotype.Component;

/** {@link PdfPrinting} through the same renderer as the reports' own documents. */
@Component
class TemplatePdfPrinting implements PdfPrinting {

	private final PdfRenderer renderer;

	TemplatePdfPrinting(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public byte[] pdf(String template, Locale locale, Map<String, Object> model) {
		return renderer.pdf(template, locale, model);
	}

}
