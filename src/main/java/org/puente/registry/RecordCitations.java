package org.puente.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The articles a registry record was accepted from, with the passage each record came
 * from: implemented by source import, shown on the record pages.
 */
public interface RecordCitations {

	/** One article citing a record, and the quoted passage. */
	record Citation(UUID article, String label, String title, String outlet, LocalDate published, String quote) {
	}

	/**
	 * @param recordType engagement, commitment or agreement
	 */
	List<Citation> of(String recordType, UUID recordId);

}
