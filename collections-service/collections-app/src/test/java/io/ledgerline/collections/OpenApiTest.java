package io.ledgerline.collections;

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
@QuarkusTestResource(value = LedgerlineStack.class, initArgs = @ResourceArg(name = "database", value = "collections"))
class OpenApiTest {

    @Test
    void every_endpoint_is_described() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/dunning-policies/current'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/dunning-policies/{version}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/dunning-policies'.post.responses.'400'", notNullValue())
                .body("paths.'/api/v1/dunning-policies'.post.requestBody.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/v1/dunning/runs'.post.requestBody.content.'application/json'.examples.'as of a day'.value.asOf",
                        equalTo("2026-03-15"))
                .body("paths.'/api/v1/customers/{id}/dunning'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/reminders'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/case'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/activities'.post.responses.'400'", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/promises'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/payment-plans'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/trading-restriction'.post.responses.'202'", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/tasks'.post.requestBody.content.'application/json'.examples.'a visit'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/promises'.get", notNullValue())
                .body("paths.'/api/v1/customers/{id}/payment-plans'.get", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/reassignment'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/tasks/{taskId}/completion'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/tasks/{taskId}/reassignment'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/collector-queue'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/customers/{id}/payment-attributions'.get.responses.'404'", notNullValue());
    }

    @Test
    void health_is_up() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
