package io.ledgerline.collections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** What the REST tests share: a request as a role, what the event store holds, and customer ids no other test uses. */
public final class CollectionsApi {

    private CollectionsApi() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    /** A customer id of its own for one test, e.g. {@code CL-DUN-1a2b3c4d}. */
    public static String customer(String prefix) {
        return "CL-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A dunning run as of the clock's today, every customer evaluated. */
    public static void runDunning() {
        as("finance").post("/api/v1/dunning/runs").then().statusCode(200).body("customersFailed", equalTo(0));
    }

    /** The customer's open case, else its latest. */
    public static JsonPath caseOf(String customerId) {
        return as("collector").get("/api/v1/customers/{id}/case", customerId).then().statusCode(200).extract().jsonPath();
    }

    /** Makes the shipped default (version 1) the current dunning policy again. */
    public static void defaultPolicyIsCurrent() {
        try {
            String policy = new com.fasterxml.jackson.databind.ObjectMapper().readTree(as("finance").get("/api/v1/dunning-policies/1")
                    .then().statusCode(200).extract().asString()).path("policy").toString();
            as("finance").body(policy).post("/api/v1/dunning-policies").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events in collections-service's store under this aggregate id and of this contract type. */
    public static long storedEvents(String aggregateId, String type) throws Exception {
        try (Connection c = TestStack.connect("collections"); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")) {
            s.setString(1, aggregateId);
            s.setString(2, type);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
