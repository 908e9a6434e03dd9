package org.puente.reports.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template of {@code templates/reports/} to PDF: the HTML is parsed
 * into a W3C DOM (openhtmltopdf wants well-formed XHTML) and laid out with the bundled
 * Noto Sans, so Vietnamese and Spanish text renders the same on any machine. Only
 * {@code data:} URIs are loaded: a document never reaches out to the network or disk.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "Noto Sans";

	private final ITemplateEngine templates;

	private final byte[] regular;

	private final byte[] bold;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = font("/fonts/NotoSans-Regular.ttf");
		this.bold = font("/fonts/NotoSans-Bold.ttf");
	}

	/** The template's HTML, as the PDF is made from it. */
	String html(String template, Locale locale, Map<String, Object> model) {
		return templates.process(template, new Context(locale, model));
	}

	byte[] pdf(String template, Locale locale, Map<String, Object> model) {
		String html = html(template, locale, model);
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// Tagged PDF (PDF/UA): headings, tables and reading order reach screen
			// readers.
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.withProducer("Puente");
			builder.withW3cDocument(document, "about:blank");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("bundled font missing: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
