package io.ledgerline.receivables.erp;

/** Where ERP systems may push the same messages as the batch endpoint, and where refused ones go. */
public final class ErpTopics {

    /** One batch item per record ({@code {"kind":"invoice",...}}), keyed by customer id. */
    public static final String INBOUND = "ledgerline.erp.inbound";
    /** Inbound records that could not be booked, unchanged, with the refusal in headers. */
    public static final String DEAD_LETTERS = "ledgerline.erp.inbound.dlt";

    private ErpTopics() {
    }
}
