package io.ledgerline.platform.web.problem;

import java.sql.SQLException;

/** Whether a failure was a concurrent change of the same record, anywhere in its chain of causes. */
final class ConcurrentChange {

    /** PostgreSQL's unique_violation: a second writer of the same key lost. */
    static final String UNIQUE_VIOLATION = "23505";
    /** Axon's {@code org.axonframework.modelling.command.ConcurrencyException} and its subclasses, named so web needs no Axon. */
    static final String AXON_CONCURRENCY = "ConcurrencyException";

    private ConcurrentChange() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getSimpleName().equals(AXON_CONCURRENCY)) {
                    return true;
                }
            }
        }
        return false;
    }
}
