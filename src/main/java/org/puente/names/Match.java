package org.puente.names;

import java.util.List;

/**
 * A candidate a probe matched, with a score in [0, 1] and the reasons for it in plain
 * words ("family name equal", "given name differs by one letter", "birth year equal").
 */
public record Match(String id, double score, List<String> reasons) {

}
