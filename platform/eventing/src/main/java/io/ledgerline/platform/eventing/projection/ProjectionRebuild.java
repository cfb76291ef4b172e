package io.ledgerline.platform.eventing.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild of a projection from offset 0 into a new version, as ops follow it.
 *
 * @param eventsDone      records of the projection's topics read and folded (or skipped as repeats) so far
 * @param eventsBehind    records between the rebuild's positions and the end of the topics after its last batch;
 *                        null before its first batch
 * @param eventsPerSecond eventsDone / seconds from the start to the last batch, scale 1 (half even); null before
 *                        the first batch
 * @param etaSeconds      eventsBehind / eventsPerSecond rounded up while building (0 once switched); null while
 *                        unknown. Events keep arriving, so it is an estimate, not a promise.
 * @param detail          why a rebuild was discarded; null otherwise
 */
public record ProjectionRebuild(UUID id, String projection, int version, State state, String requestedBy,
                                Instant startedAt, Instant finishedAt, long eventsDone, Long eventsBehind,
                                BigDecimal eventsPerSecond, Long etaSeconds, String detail) {

    /**
     * BUILDING: folding into its own schema while the serving version answers reads; SWITCHED: it serves
     * now; DISCARDED: its instance stopped or it failed, its schema was dropped and the serving version
     * was never touched.
     */
    public enum State { BUILDING, SWITCHED, DISCARDED }
}
