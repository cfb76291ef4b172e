package io.ledgerline.collections;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The business clock of the tests, in place of platform/eventing's: it starts at {@code ledgerline.clock.fixed-instant}
 * and a test moves it to the business date it needs ({@link #today(LocalDate)}), so the ladder is followed day by day
 * without sleeping. The service, its worker and its runs all read this one clock.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant now = ConfigProvider.getConfig().getValue("ledgerline.clock.fixed-instant", Instant.class);

    /** Moves the business date to {@code day}, an ISO date such as {@code "2026-03-15"}. */
    public void today(String day) {
        today(LocalDate.parse(day));
    }

    /** Moves the business date to {@code day}, at 10:00 UTC. */
    public void today(LocalDate day) {
        now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
