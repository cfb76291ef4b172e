package io.ledgerline.customer.erp;

/**
 * The ERP inbound topic customer-service shares with receivables-service: the same records as the
 * receivables batch endpoint, one item per record. Each service books only its own kinds.
 */
public final class ErpTopics {

    /** One batch item per record ({@code {"kind":"customer",...}}), keyed by customer id. */
    public static final String INBOUND = "ledgerline.erp.inbound";
    /** Inbound records that could not be booked, unchanged, with the refusal in headers. */
    public static final String DEAD_LETTERS = "ledgerline.erp.inbound.dlt";
    /** The only kind of item this service books; every other kind belongs to another service. */
    public static final String CUSTOMER = "customer";

    static final String PROBLEM_TYPE = "ledgerline.problem.type";
    static final String PROBLEM_DETAIL = "ledgerline.problem.detail";
    static final String PROBLEM_FIELD = "ledgerline.problem.field";
    static final String SOURCE = "ledgerline.source";
    static final String REPLAYED_FROM = "ledgerline.replayed-from";
    /** Which service refused the record: the dead-letter topic is shared by every service booking inbound ERP items. */
    static final String REFUSED_BY = "ledgerline.refused-by";

    private ErpTopics() {
    }
}
