package io.ledgerline.credit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testkit.TestStack;
import io.ledgerline.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** What the REST tests share: a request as a role, and what the event store holds. */
public final class CreditApi {

    private CreditApi() {
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
