package io.ledgerline.reporting.performance;

import java.math.BigDecimal;
import java.time.Instant;

/** The current collection target of one sales owner or team for one period, as finance set it. */
record Target(String targetId, String period, String scopeId, String currency, BigDecimal collect, BigDecimal maxOverdueRatio,
              BigDecimal maxDso, String setBy, Instant setAt) {
}
