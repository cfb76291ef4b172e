package io.ledgerline.receivables.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ledgerline.testkit.LedgerlineStack;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "receivables"))
@QuarkusTestResource(value = CustomerServiceStandIn.class, restrictToAnnotatedClass = true)
class ErpBatchCustomerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What customer-service received: the body, the Authorization header, and whether the batch's invoice was booked yet. */
    record Forwarded(JsonNode body, String authorization, long invoicesBookedAlready) {
    }

    private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();
    private HttpServer customerService;
    private String invoiceExternalId;

    /** Answers like customer-service's POST /api/v1/customers: 201 with the customer, 400 problem without a legal name. */
    @BeforeEach
    void startCustomerService() throws IOException {
        int port = URI.create(ConfigProvider.getConfig().getValue("ledgerline.customer-service.url", String.class)).getPort();
        customerService = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        customerService.createContext("/api/v1/customers", this::register);
        customerService.start();
    }

    @AfterEach
    void stopCustomerService() {
        if (customerService != null) {
            customerService.stop(0);
        }
    }

    private void register(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        forwarded.add(new Forwarded(body, exchange.getRequestHeaders().getFirst("Authorization"), booked(invoiceExternalId)));
        boolean valid = body.hasNonNull("legalName");
        String answer = valid
                ? "{\"customerId\":\"%s\",\"legalName\":\"%s\",\"lifecycle\":\"ACTIVE\"}".formatted(
                        body.path("customerId").asText(), body.path("legalName").asText())
                : "{\"type\":\"https://ledgerline.io/problems/invalid-field\",\"title\":\"Invalid field\",\"status\":400,"
                        + "\"detail\":\"legalName is required\",\"field\":\"legalName\"}";
        exchange.getResponseHeaders().add("Content-Type", valid ? "application/json" : "application/problem+json");
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(valid ? 201 : 400, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static long booked(String externalId) {
        try (Connection c = TestStack.connect("receivables");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM erp_message WHERE external_id = ?")) {
            s.setString(1, externalId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String batch(String customer) {
        invoiceExternalId = "INV-" + customer;
        return """
                [{"kind":"customer","externalId":"CUST-%1$s","customerId":"%1$s","legalName":"Nevhp Trading Co., Ltd.","lifecycle":"ACTIVE"},
                 {"kind":"invoice","externalId":"INV-%1$s","invoiceNumber":"%1$s","customerId":"%1$s",
                  "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"55.94"},
                 {"kind":"customer","customerId":"%1$s-2","region":"EAST"}]""".formatted(customer);
    }

    private static String unique() {
        return "BC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void customer_items_are_forwarded_with_the_callers_token_before_the_ledger_items_and_carry_customer_services_answer() {
        String customer = unique();
        String token = TestTokens.bearer("erp-integration");
        given().header("Authorization", token).contentType(ContentType.JSON).body(batch(customer))
                .post("/api/v1/erp/batch").then().statusCode(200)
                .body("[0].kind", equalTo("customer"))
                .body("[0].externalId", equalTo("CUST-" + customer))
                .body("[0].status", equalTo(201))
                .body("[0].result.customerId", equalTo(customer))
                .body("[1].status", equalTo(201))
                .body("[1].result.invoiceNumber", equalTo(customer))
                .body("[2].status", equalTo(400))
                .body("[2].externalId", nullValue())
                .body("[2].problem.field", equalTo("legalName"));

        assertThat(forwarded).hasSize(2);
        assertThat(forwarded).allSatisfy(f -> {
            assertThat(f.authorization()).isEqualTo(token);
            assertThat(f.invoicesBookedAlready()).isZero();
            assertThat(f.body().has("kind")).isFalse();
            assertThat(f.body().has("externalId")).isFalse();
        });
        assertThat(forwarded).extracting(f -> f.body().path("customerId").asText()).containsExactly(customer, customer + "-2");
        assertThat(booked("INV-" + customer)).isEqualTo(1);
    }

    @Test
    void when_customer_service_cannot_be_reached_the_customer_items_are_unavailable_and_the_others_still_booked() {
        customerService.stop(0);
        customerService = null;
        String customer = unique();
        given().header("Authorization", TestTokens.bearer("erp-integration")).contentType(ContentType.JSON).body(batch(customer))
                .post("/api/v1/erp/batch").then().statusCode(200)
                .body("[0].status", equalTo(503))
                .body("[0].problem.type", equalTo("https://ledgerline.io/problems/customer-service-unavailable"))
                .body("[1].status", equalTo(201))
                .body("[2].status", equalTo(503));
        assertThat(booked("INV-" + customer)).isEqualTo(1);
    }

    @Test
    void only_the_erp_integration_pushes_customers() {
        String customer = unique();
        given().contentType(ContentType.JSON).body(batch(customer)).post("/api/v1/erp/batch").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("sales")).contentType(ContentType.JSON).body(batch(customer))
                .post("/api/v1/erp/batch").then().statusCode(403);
        assertThat(forwarded).isEmpty();
        assertThat(booked("INV-" + customer)).isZero();
    }
}
