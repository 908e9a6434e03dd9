package org.puente.transfer;

import java.util.Map;

/**
 * What an import wrote: the partnership's code, the rows per table and the SHA-256 of the
 * imported document.
 */
public record Restored(String partnership, Map<String, Integer> rows, String sha256) {
}
