package org.puente.screening.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled work: the nightly purge of the query log past its retention. */
@Configuration
@EnableScheduling
class ScreeningScheduling {

}
