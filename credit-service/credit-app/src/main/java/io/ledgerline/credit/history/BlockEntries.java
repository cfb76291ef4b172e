package io.ledgerline.credit.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import java.util.List;

/** Explains credit blocks and their lifting. */
final class BlockEntries {

    private BlockEntries() {
    }

    static Entry blocked(CustomerCreditBlocked b, JsonNode data) {
        List<String> why = List.of("blocked by " + b.blockedBy() + " on " + b.blockedOn() + " (" + b.source() + "): " + b.reason(),
                "while it stands every new order credit check of the customer is held (blocked), released by a credit manager only");
        return new Entry(EntryKind.BLOCKED, b.blockedOn(), "credit blocked by " + b.blockedBy() + ": " + b.reason(), why, b.blockedBy(),
                null, Phrases.without(data, "customerId", "blockedOn", "blockedBy"), null, null, null);
    }

    static Entry unblocked(CustomerCreditUnblocked u, JsonNode data) {
        List<String> why = List.of("lifted by " + u.unblockedBy() + " on " + u.unblockedOn() + ": " + u.reason(),
                "orders held while it stood stay held until a credit manager releases them one by one");
        return new Entry(EntryKind.UNBLOCKED, u.unblockedOn(), "credit block lifted by " + u.unblockedBy() + ": " + u.reason(), why,
                u.unblockedBy(), null, Phrases.without(data, "customerId", "unblockedOn", "unblockedBy"), null, null, null);
    }
}
