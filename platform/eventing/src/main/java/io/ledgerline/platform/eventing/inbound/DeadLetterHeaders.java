package io.ledgerline.platform.eventing.inbound;

/** The headers a dead letter carries next to the refused record, unchanged, for ops to read and replay. */
public final class DeadLetterHeaders {

    public static final String PROBLEM_TYPE = "ledgerline.problem.type";
    public static final String PROBLEM_DETAIL = "ledgerline.problem.detail";
    public static final String PROBLEM_FIELD = "ledgerline.problem.field";
    /** Where the refused record stood: {@code topic-partition@offset}. */
    public static final String SOURCE = "ledgerline.source";
    /** Which service refused the record, where several services share one dead-letter topic. */
    public static final String REFUSED_BY = "ledgerline.refused-by";
    /** Set on a record put back on its inbound topic: the dead letter it was replayed from. */
    public static final String REPLAYED_FROM = "ledgerline.replayed-from";

    private DeadLetterHeaders() {
    }
}
