package io.ledgerline.reporting.replay;

import io.ledgerline.platform.eventing.projection.ProjectionStatus;
import java.util.List;

/** One projection of the service: what it reads and writes, which version serves, how far behind it is, its last rebuild. */
public record ProjectionView(String name, List<String> topics, List<String> tables, int servingVersion, long lag,
                             RebuildView rebuild) {

    static ProjectionView of(ProjectionStatus s) {
        return new ProjectionView(s.name(), s.topics(), s.tables(), s.servingVersion(), s.lag(),
                s.lastRebuild() == null ? null : RebuildView.of(s.lastRebuild()));
    }
}
