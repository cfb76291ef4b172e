package io.ledgerline.credit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.ledgerline.testkit.LedgerlineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "credit"))
class OpenApiTest {

    @Test
    void every_endpoint_is_described() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/scorecards'.get", notNullValue())
                .body("paths.'/api/v1/scorecards'.post.responses.'400'", notNullValue())
                .body("paths.'/api/v1/scorecards/{version}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/credit-policies/current'.get", notNullValue())
                .body("paths.'/api/v1/credit-policies/{version}'.get", notNullValue())
                .body("paths.'/api/v1/credit-policies'.post", notNullValue())
                .body("paths.'/api/v1/customers/{id}/financial-statements'.post.requestBody.content.'application/json'.examples.statement.value.currency",
                        equalTo("CNY"))
                .body("paths.'/api/v1/customers/{id}/assessments'.post", notNullValue())
                .body("paths.'/api/v1/customers/{id}/credit'.get.responses.'404'", notNullValue());
    }

    @Test
    void the_decision_history_is_described() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/customers/{id}/credit/history'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/credit/history'.get.responses.'404'", notNullValue());
    }

    @Test
    void health_is_up() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
