package io.ledgerline.credit.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * One decision explained: what it was ({@code kind}), its business date ({@code at}, null when its event carries none),
 * one sentence for it ({@code summary}) and the sentences why with the figures ({@code explanation}), who decided, the
 * versions that decided it, the inputs as its event recorded them and the ids it concerns.
 */
record Entry(EntryKind kind, LocalDate at, String summary, List<String> explanation, String decidedBy, Versions versions,
             ObjectNode inputs, String assessmentId, String orderId, String applicationId) {

    Entry {
        explanation = List.copyOf(explanation);
    }
}
