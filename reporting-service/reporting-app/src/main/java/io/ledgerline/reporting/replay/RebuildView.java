package io.ledgerline.reporting.replay;

import io.ledgerline.platform.eventing.projection.ProjectionRebuild;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A rebuild as the admin API shows it, with the URL to follow it at. */
public record RebuildView(UUID id, String projection, int version, String state, String requestedBy, Instant startedAt,
                          Instant finishedAt, long eventsDone, Long eventsBehind, BigDecimal eventsPerSecond,
                          Long etaSeconds, String detail, String statusUrl) {

    static RebuildView of(ProjectionRebuild r) {
        return new RebuildView(r.id(), r.projection(), r.version(), r.state().name(), r.requestedBy(), r.startedAt(),
                r.finishedAt(), r.eventsDone(), r.eventsBehind(), r.eventsPerSecond(), r.etaSeconds(), r.detail(),
                statusUrl(r.projection(), r.id()));
    }

    static String statusUrl(String projection, UUID id) {
        return "/api/v1/admin/projections/" + projection + "/rebuilds/" + id;
    }
}
