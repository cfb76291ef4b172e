package io.ledgerline.platform.eventing.projection;

/** What asking for a rebuild did. */
public sealed interface RebuildOutcome {

    /** Folding from offset 0 into a new version while the serving one keeps answering. */
    record Started(ProjectionRebuild rebuild) implements RebuildOutcome {
    }

    /** No projection of that name runs in this service. */
    record UnknownProjection(String name) implements RebuildOutcome {
    }

    /** One rebuild of a projection at a time: this one is still building. */
    record AlreadyBuilding(ProjectionRebuild running) implements RebuildOutcome {
    }

    /** The projection declares no tables ({@link Projection#tables()}), so there is nothing to copy and swap. */
    record NotRebuildable(String name) implements RebuildOutcome {
    }
}
