package io.ledgerline.credit.check;

import static io.ledgerline.credit.CreditApi.GRADE_C_STATEMENT;
import static io.ledgerline.credit.CreditApi.as;
import static io.ledgerline.credit.CreditApi.storedEvents;
import static io.ledgerline.credit.CreditApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.CreditApi;
import io.ledgerline.credit.receivables.ReceivablesEvents;
import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overdue tolerance a credit check applies is the grade's in the policy version that graded the customer. */
@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class OverdueToleranceResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void shippedPolicyAgain() {
        CreditApi.defaultPolicyIsCurrent();
    }

    /** Publishes the shipped policy with grade C approving orders up to 100000.00 CNY, changed further by {@code change}. */
    private static void policyWithGradeC(Consumer<ObjectNode> change) throws Exception {
        CreditApi.defaultScorecardIsCurrent();
        ObjectNode policy = (ObjectNode) JSON.readTree(as("credit-manager").get("/api/v1/credit-policies/1").asString()).path("policy");
        policy.put("name", "overdue tolerance variant " + UUID.randomUUID());
        ObjectNode c = (ObjectNode) policy.withArray("grades").get(2);
        c.put("autoApprove", true);
        c.put("autoApproveMaxAmount", "100000.00");
        change.accept(policy);
        as("credit-manager").body(policy.toString()).post("/api/v1/credit-policies").then().statusCode(201);
    }

    /** Grade C under the current policy, a limit of 200000.00 CNY, and an invoice due 2013-03-01: 14 days overdue today. */
    private static String gradeCFourteenDaysOverdue() {
        String id = unique("OT-");
        as("credit-analyst").body(GRADE_C_STATEMENT).post("/api/v1/customers/{id}/financial-statements", id).then().statusCode(201);
        as("credit-analyst").post("/api/v1/customers/{id}/assessments", id).then().statusCode(201).body("grade", equalTo("C"));
        as("sales").body("{\"customerId\":\"" + id + "\",\"requestedLimit\":{\"amount\":\"200000.00\",\"currency\":\"CNY\"},"
                + "\"paymentTermsDays\":30,\"prepaymentShare\":\"0.30\"}").post("/api/v1/credit-applications")
                .then().statusCode(201).body("status", equalTo("GRANTED"));
        new ReceivablesEvents(id).invoice("10000.00", "CNY", "2013-02-01", "2013-03-01");
        return id;
    }

    private static ValidatableResponse check(String customerId) {
        return as("sales").body("{\"customerId\":\"" + customerId + "\",\"orderId\":\"" + unique("SO-")
                + "\",\"amount\":\"1000.00\",\"currency\":\"CNY\"}").post("/api/v1/credit-checks").then().statusCode(201);
    }

    @Test
    void the_shipped_policy_states_each_grade_s_tolerance() {
        as("credit-analyst").get("/api/v1/credit-policies/1").then().statusCode(200)
                .body("policy.grades.grade", contains("A", "B", "C", "D"))
                .body("policy.grades.overdueToleranceDays", contains(30, 15, 0, 0));
    }

    @Test
    void a_grade_c_tolerating_20_days_approves_an_order_with_an_item_14_days_overdue() throws Exception {
        policyWithGradeC(p -> ((ObjectNode) p.withArray("grades").get(2)).put("overdueToleranceDays", 20));
        String customer = gradeCFourteenDaysOverdue();
        as("sales").get("/api/v1/customers/{id}/credit", customer).then().body("terms.overdueToleranceDays", equalTo(20));
        check(customer).body("status", equalTo("APPROVED")).body("reasons", empty())
                .body("inputs.oldestOverdueDays", equalTo(14)).body("inputs.overdueToleranceDays", equalTo(20));
    }

    @Test
    void a_grade_c_tolerating_10_days_holds_it() throws Exception {
        policyWithGradeC(p -> ((ObjectNode) p.withArray("grades").get(2)).put("overdueToleranceDays", 10));
        check(gradeCFourteenDaysOverdue()).body("status", equalTo("HOLD")).body("reasons.code", contains("overdue-beyond-tolerance"))
                .body("reasons[0].detail", equalTo("the oldest overdue item is 14 days past due, beyond grade C's tolerance of 10 days"))
                .body("inputs.overdueToleranceDays", equalTo(10));
    }

    @Test
    void a_policy_without_tolerances_keeps_the_former_defaults() throws Exception {
        policyWithGradeC(p -> p.withArray("grades").forEach(g -> ((ObjectNode) g).remove("overdueToleranceDays")));
        String customer = gradeCFourteenDaysOverdue();
        as("sales").get("/api/v1/credit-policies/current").then().body("policy.grades[2].containsKey('overdueToleranceDays')",
                equalTo(false));
        check(customer).body("status", equalTo("HOLD"))
                .body("reasons[0].detail", equalTo("the oldest overdue item is 14 days past due, beyond grade C's tolerance of 0 days"))
                .body("inputs.overdueToleranceDays", equalTo(0));
    }

    @Test
    void a_negative_tolerance_is_refused_and_nothing_is_stored() throws Exception {
        ObjectNode policy = (ObjectNode) JSON.readTree(as("credit-manager").get("/api/v1/credit-policies/1").asString()).path("policy");
        policy.put("name", "negative tolerance " + UUID.randomUUID());
        ((ObjectNode) policy.withArray("grades").get(2)).put("overdueToleranceDays", -1);
        long events = storedEvents("credit-policies");
        as("credit-manager").body(policy.toString()).post("/api/v1/credit-policies").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://ledgerline.io/problems/invalid-field"))
                .body("field", equalTo("grades[2].overdueToleranceDays"));
        assertThat(storedEvents("credit-policies")).isEqualTo(events);
    }
}
