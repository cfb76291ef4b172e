package io.ledgerline.credit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** What the REST tests share: a request as a role, and what the event store holds. */
public final class CreditApi {

    /** A financial statement that, with nothing else known, scores 60 on the default scorecard: grade C. */
    public static final String GRADE_C_STATEMENT = """
            {"periodEnd":"2012-12-31","currency":"CNY","workingCapital":"1200000.00","retainedEarnings":"800000.00",
             "ebit":"450000.00","bookEquity":"2500000.00","totalAssets":"6000000.00","totalLiabilities":"3500000.00",
             "sales":"9000000.00"}""";

    private CreditApi() {
    }

    /** {@code prefix} and 8 random hex digits: an id no other test uses. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Publishes the shipped policy (version 1) as {@code name} but with grade C orders approving themselves up to
     * {@code amount} CNY; {@link #defaultPolicyIsCurrent()} undoes it.
     */
    public static void gradeCApprovesUpTo(String name, String amount) {
        try {
            ObjectNode policy = (ObjectNode) new ObjectMapper().readTree(as("credit-manager").get("/api/v1/credit-policies/1")
                    .then().statusCode(200).extract().asString()).path("policy");
            policy.put("name", name);
            ObjectNode c = (ObjectNode) policy.withArray("grades").get(2);
            c.put("autoApprove", true);
            c.put("autoApproveMaxAmount", amount);
            as("credit-manager").body(policy.toString()).post("/api/v1/credit-policies").then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    /** Events in credit-service's store under this aggregate id (a customer id, {@code scorecards}, {@code credit-policies}). */
    public static long storedEvents(String aggregateId) throws Exception {
        try (Connection c = TestStack.connect("credit");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The shipped default scorecard (version 1) as the API returns it, to publish it again or a variant of it. */
    public static String defaultScorecard() {
        try {
            return new ObjectMapper().readTree(as("credit-manager").get("/api/v1/scorecards/1").then().statusCode(200)
                    .extract().asString()).path("scorecard").toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the shipped default the current scorecard again (201 if another version was current, 200 if it was). */
    public static void defaultScorecardIsCurrent() {
        as("credit-manager").body(defaultScorecard()).post("/api/v1/scorecards").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** Makes the shipped default (version 1) the current credit policy again. */
    public static void defaultPolicyIsCurrent() {
        try {
            String policy = new ObjectMapper().readTree(as("credit-manager").get("/api/v1/credit-policies/1").then().statusCode(200)
                    .extract().asString()).path("policy").toString();
            as("credit-manager").body(policy).post("/api/v1/credit-policies").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of the current credit policy. */
    public static int currentPolicyVersion() {
        return as("credit-manager").get("/api/v1/credit-policies/current").then().statusCode(200).extract().path("version");
    }
}
