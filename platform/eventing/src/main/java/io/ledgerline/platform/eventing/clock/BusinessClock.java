package io.ledgerline.platform.eventing.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" and "today" for business rules. Inject {@link Clock}; never call
 * {@code LocalDate.now()} without it. {@code ledgerline.clock.fixed-instant} pins it for demos,
 * tests and replays.
 */
@Singleton
public class BusinessClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "ledgerline.clock.fixed-instant") Optional<Instant> fixed) {
        return fixed.map(instant -> Clock.fixed(instant, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
    }
}
