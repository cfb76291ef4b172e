package io.ledgerline.receivables.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands the customers an ERP batch carries to customer-service, which owns the customer master:
 * {@code POST /api/v1/customers} with the caller's own token, so customer-service decides who may register.
 * Receivables stores nothing about them; the answer is customer-service's, idempotent on the customer id.
 */
@ApplicationScoped
public class CustomerForwarding {

    /** The batch (and inbound topic) kind of a customer item. */
    public static final String KIND = "customer";

    private static final Logger LOG = Logger.getLogger(CustomerForwarding.class);

    /** customer-service's answer to one customer item: its status and its body (the customer, or a problem). */
    public record Answer(int status, JsonNode body) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ledgerline.customer-service.url", defaultValue = "http://localhost:8081")
    URI customerService;

    @ConfigProperty(name = "ledgerline.customer-service.timeout", defaultValue = "PT10S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Registers the customer of a batch item ({@code "kind":"customer"} plus the body of {@code POST /api/v1/customers}). */
    public Answer register(JsonNode item, String authorization) {
        ObjectNode body = item.deepCopy();
        body.remove("kind");
        body.remove("externalId");
        String customerId = body.path("customerId").asText(null);
        HttpRequest.Builder request = HttpRequest.newBuilder(customerService.resolve("/api/v1/customers"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, " + Problem.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), answerBody(response));
            LOG.infof("Forwarded ERP customer %s to customer-service: %d", customerId, answer.status());
            return answer;
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not forward ERP customer %s: customer-service at %s is unreachable (%s)", customerId, customerService, e);
            return unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable();
        }
    }

    private JsonNode answerBody(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            if (body != null && !body.isMissingNode()) {
                return body;
            }
        } catch (IOException e) {
            // not JSON: described below
        }
        return json.valueToTree(Problem.of(response.statusCode(), "customer-service-refused", "Refused by customer-service",
                "customer-service answered " + response.statusCode() + " without a problem body", null));
    }

    private Answer unavailable() {
        return new Answer(503, json.valueToTree(Problem.of(503, "customer-service-unavailable", "Customer service unavailable",
                "customer-service could not be reached, so the customer was not registered; it is safe to resend", null)));
    }
}
