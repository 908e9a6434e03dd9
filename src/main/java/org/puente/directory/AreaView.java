package org.puente.directory;

/** A cooperation area of the taxonomy. */
public record AreaView(String code, String parent, AgencyView.Names names, int sortOrder, long version) {
}
