package org.puente.exchange.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The exchange's settings ({@code puente.exchange.*}) and its clock: every deadline and
 * overdue flag is computed against this clock, which tests may replace to move time.
 */
@Configuration
public class ExchangeSettings {

	private final Duration urgentDeadline;

	private final Duration normalDeadline;

	private final DataSize attachmentMaxSize;

	private final Path attachmentFolder;

	private final ZoneId zone;

	ExchangeSettings(@Value("${puente.exchange.urgent-deadline:12h}") Duration urgentDeadline,
			@Value("${puente.exchange.normal-deadline:72h}") Duration normalDeadline,
			@Value("${puente.exchange.attachment-max-size:25MB}") DataSize attachmentMaxSize,
			@Value("${puente.exchange.attachment-dir:${puente.data-dir:./data}/attachments}") Path attachmentFolder,
			@Value("${puente.time-zone:UTC}") String zone) {
		this.urgentDeadline = urgentDeadline;
		this.normalDeadline = normalDeadline;
		this.attachmentMaxSize = attachmentMaxSize;
		this.attachmentFolder = attachmentFolder;
		this.zone = ZoneId.of(zone);
	}

	/** The clock of the exchange, in the installation's time zone. */
	@Bean
	Clock exchangeClock() {
		return Clock.system(zone);
	}

	/** How long an urgent request's addressees have to answer unless the sender says. */
	public Duration urgentDeadline() {
		return urgentDeadline;
	}

	/** How long a normal request's addressees have to answer unless the sender says. */
	public Duration normalDeadline() {
		return normalDeadline;
	}

	public DataSize attachmentMaxSize() {
		return attachmentMaxSize;
	}

	public Path attachmentFolder() {
		return attachmentFolder;
	}

	public ZoneId zone() {
		return zone;
	}

}
