package io.ledgerline.platform.eventing.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Lets Axon's unit of work run inside Quarkus's JTA transactions: it joins a transaction that is
 * already active (a {@code @Transactional} resource method), so the event append and the caller's
 * own table writes commit or roll back together; otherwise it begins and ends one of its own.
 */
final class JtaTransactionAdapter implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionAdapter(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() == Status.STATUS_ACTIVE) {
                return new Joined();
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a JTA transaction for Axon", e);
        }
    }

    /** The caller owns the transaction: a rollback only marks it, the caller ends it. */
    private final class Joined implements Transaction {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("cannot mark the JTA transaction rollback-only", e);
            }
        }
    }

    /** Axon began the transaction, so Axon ends it. */
    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                jta.commit();
            } catch (Exception e) {
                throw new IllegalStateException("JTA commit failed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                jta.rollback();
            } catch (Exception e) {
                throw new IllegalStateException("JTA rollback failed", e);
            }
        }
    }
}
