package org.puente.registry.web;

import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.registry.internal.RegistryStatistics;
import org.puente.registry.internal.RegistryStatistics.Statistics;
import org.puente.security.CurrentUsers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statistics", description = "The series behind the dashboard's charts")
@RestController
class StatisticsApi {

	private final RegistryStatistics statistics;

	private final ZoneId zone;

	StatisticsApi(RegistryStatistics statistics, @Value("${puente.time-zone:UTC}") String zone) {
		this.statistics = statistics;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * Commitments by status at the end of each year, engagements per year by level,
	 * activities by area and status: of one partnership (code or id), or of all the
	 * caller's.
	 */
	@GetMapping("/api/v1/registry/statistics")
	@PreAuthorize("hasRole('VIEWER')")
	Statistics statistics(@RequestParam(required = false) String partnership) {
		return statistics.of(CurrentUsers.get(), partnership, LocalDate.now(zone));
	}

}
