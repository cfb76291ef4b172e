package io.ledgerline.receivables.erp;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points receivables at a free local port for customer-service; the test serves that port itself with a
 * stand-in of the remote peer (customer-service is another process, not available inside these tests).
 */
public class CustomerServiceStandIn implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return Map.of("ledgerline.customer-service.url", "http://localhost:" + probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
