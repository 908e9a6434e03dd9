package org.puente.sources.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.puente.shared.InvalidInput;
import org.xml.sax.SAXException;

/**
 * Turns an uploaded file (.txt, .html, .docx, .pdf) into article text with Apache Tika,
 * refusing what is not an article file: empty, too large, binary, of another type, or in
 * an encoding that cannot be told apart. Plain Java, no Spring.
 */
public final class ArticleFiles {

	/** The largest article file accepted. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The longest article text kept (a long feature story is some 60,000 characters). */
	public static final int MAX_CHARS = 200_000;

	private static final Set<String> DOCUMENTS = Set.of("text/html", "application/xhtml+xml",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf");

	private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();

	private ArticleFiles() {
	}

	/**
	 * Text read from a file, with the title and date its metadata give, the charset a
	 * text file was decoded with and the detected media type.
	 */
	public record Read(String text, String title, LocalDate published, String charset, String mediaType) {
	}

	/**
	 * Reads a file into text.
	 * @throws InvalidInput on field {@code file} naming why it is refused
	 */
	public static Read read(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw refused("sources.import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("sources.import.too.large");
		}
		String type = detect(fileName, bytes);
		if (type.equals("text/csv") || type.equals("text/tab-separated-values")) {
			throw refused("sources.import.not.article");
		}
		if (type.equals("text/plain")) {
			Decoded decoded = decode(bytes);
			return new Read(decoded.text(), null, null, decoded.charset(), type);
		}
		if (!DOCUMENTS.contains(type)) {
			throw refused(type.startsWith("text/") ? "sources.import.not.article" : "sources.import.unsupported.type");
		}
		return parse(bytes, fileName, type);
	}

	static String detect(String fileName, byte[] bytes) {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			MediaType type = TIKA.getDetector().detect(in, metadata);
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw refused("sources.import.unreadable");
		}
	}

	private static Read parse(byte[] bytes, String fileName, String type) {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		// HTML menus and footers around the article are kept as text: the extractor
		// tells the article from them.
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARS + 1);
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			new AutoDetectParser(TIKA).parse(in, handler, metadata, new ParseContext());
		}
		catch (SAXException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw refused("sources.import.too.long");
			}
			throw refused("sources.import.unreadable");
		}
		catch (IOException | TikaException | RuntimeException ex) {
			throw refused("sources.import.unreadable");
		}
		String text = tidy(handler.toString());
		String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
		LocalDate published = date(metadata.get("article:published_time"));
		if (published == null) {
			published = date(metadata.get(TikaCoreProperties.CREATED));
		}
		return new Read(text, title, published, null, type);
	}

	/** A text file's characters and the charset they were read in. */
	record Decoded(String text, String charset) {
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8; otherwise the charset Tika's detector names,
	 * checked: Vietnamese written in Windows-1258 (which the detector takes for
	 * Windows-1252) is recognised by its combining tone marks; anything that still
	 * decodes into control characters is refused rather than stored garbled.
	 */
	static Decoded decode(byte[] bytes) {
		int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF ? 3 : 0;
		if (binary(bytes)) {
			throw refused("sources.import.binary");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
			return new Decoded(tidy(text), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			// not UTF-8: detect below
		}
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch match = detector.detect();
		if (match == null || match.getConfidence() < 10) {
			throw refused("sources.import.encoding");
		}
		String name = match.getName();
		if (isWesternSingleByte(name) && vietnameseToneMarks(bytes) && Charset.isSupported("windows-1258")) {
			String text = Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
			return new Decoded(tidy(text), "windows-1258");
		}
		if (!Charset.isSupported(name)) {
			throw refused("sources.import.encoding");
		}
		String text = new String(bytes, Charset.forName(name));
		if (text.chars().anyMatch(c -> c == 0xFFFD || (c >= 0x80 && c < 0xA0))) {
			throw refused("sources.import.encoding");
		}
		return new Decoded(tidy(text), name);
	}

	private static boolean isWesternSingleByte(String name) {
		return name.equalsIgnoreCase("windows-1252") || name.equalsIgnoreCase("ISO-8859-1")
				|| name.equalsIgnoreCase("windows-1258");
	}

	/**
	 * Windows-1258 writes Vietnamese tones as combining marks (bytes CC, EC, D2, DE, F2)
	 * right after a letter; in Windows-1252 text those bytes are rare capital letters. A
	 * text with many of them after lower-case letters is Vietnamese in Windows-1258.
	 */
	static boolean vietnameseToneMarks(byte[] bytes) {
		int marks = 0;
		int letters = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			if (b >= 'a' && b <= 'z') {
				letters++;
			}
			if (i > 0 && (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2)) {
				int before = bytes[i - 1] & 0xff;
				if ((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before >= 0xC0) {
					marks++;
				}
			}
		}
		return marks >= 3 && marks * 50 >= letters / 10;
	}

	/** NUL bytes or many control characters: not a text file whatever its name says. */
	static boolean binary(byte[] bytes) {
		int control = 0;
		int n = Math.min(bytes.length, 64 * 1024);
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xff;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control * 100 > n;
	}

	/** Line breaks unified, trailing spaces and runs of blank lines removed. */
	static String tidy(String text) {
		String unix = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
		return unix.replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	static LocalDate date(String value) {
		if (value == null || value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static InvalidInput refused(String reason) {
		return new InvalidInput("file", reason);
	}

}
