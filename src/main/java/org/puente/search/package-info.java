/** Full-text search (Hibernate Search, Lucene): analyzers and index maintenance. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.puente.search;
