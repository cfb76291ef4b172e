package io.ledgerline.platform.eventing.inbound;

/** What became of one inbound record once its service is done with it. */
public sealed interface InboundOutcome {

    /** Done with (booked, a repeat, another service's, skipped); counted under {@code label}. */
    record Handled(String label) implements InboundOutcome {
    }

    /**
     * Refused: parked unchanged on the dead-letter topic with the refusal in its headers, as the
     * problem a REST client would have got (type, detail, offending field or null).
     */
    record Refused(String problemType, String detail, String field) implements InboundOutcome {
    }

    static InboundOutcome handled(String label) {
        return new Handled(label);
    }

    /** Another service's record on a shared topic, passed over. */
    static InboundOutcome ignored() {
        return new Handled("ignored");
    }

    static InboundOutcome refused(String problemType, String detail, String field) {
        return new Refused(problemType, detail, field);
    }
}
