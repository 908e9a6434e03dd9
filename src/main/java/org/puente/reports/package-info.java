/**
 * Briefings and reports: printable documents (PDF) made from the registry, and the feeds
 * and exports other tools read (iCalendar, XLSX).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.puente.reports;
