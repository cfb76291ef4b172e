package io.ledgerline.platform.eventing.projection;

import java.util.List;

/**
 * One projection as ops see it.
 *
 * @param servingVersion the version reads are answered from (1 until its first rebuild switched)
 * @param lag            records on its topics not yet folded by this instance's consumer (the
 *                       {@code ledgerline_projection_lag} gauge)
 * @param lastRebuild    the running rebuild, else the latest finished one; null if it was never rebuilt
 */
public record ProjectionStatus(String name, List<String> topics, List<String> tables, int servingVersion, long lag,
                               ProjectionRebuild lastRebuild) {
}
