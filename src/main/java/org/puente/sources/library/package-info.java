/**
 * The article library: import with its checks (Tika reading, charsets, duplicates), the
 * review of what an article proposes, and acceptance into the registry with provenance.
 * The command line imports through it.
 */
@org.springframework.modulith.NamedInterface("library")
package org.puente.sources.library;
