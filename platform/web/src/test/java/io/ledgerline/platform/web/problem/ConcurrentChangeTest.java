package io.ledgerline.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

    /** Shaped like Axon's: the mapper knows it by name only. */
    static class ConcurrencyException extends RuntimeException {
        ConcurrencyException(String message) {
            super(message);
        }
    }

    static class AggregateStreamCreationException extends ConcurrencyException {
        AggregateStreamCreationException(String message) {
            super(message);
        }
    }

    @Test
    void a_unique_violation_deep_in_the_causes_is_a_concurrent_change() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(ConcurrentChange.causes(new IllegalStateException("commit failed", new RuntimeException(duplicate)))).isTrue();
    }

    @Test
    void axons_concurrency_exception_and_its_subclasses_are_concurrent_changes() {
        assertThat(ConcurrentChange.causes(new RuntimeException(new AggregateStreamCreationException("exists")))).isTrue();
        assertThat(ConcurrentChange.causes(new ConcurrencyException("sequence 3 taken"))).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(ConcurrentChange.causes(new IllegalStateException("boom", new SQLException("connection refused", "08001")))).isFalse();
        assertThat(ConcurrentChange.causes(new NullPointerException())).isFalse();
    }
}
