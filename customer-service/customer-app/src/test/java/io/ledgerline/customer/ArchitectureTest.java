package io.ledgerline.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.customer.customer.Customer;
import io.ledgerline.customer.customer.CustomerCommand;
import io.ledgerline.customer.customer.CustomerRuleViolation;
import io.ledgerline.customer.customer.Lifecycle;
import io.ledgerline.customer.customer.Profile;
import io.ledgerline.customer.customer.RiskKind;
import io.ledgerline.customer.customer.RiskSeverity;

@AnalyzeClasses(packages = "io.ledgerline.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_customer_aggregate_knows_nothing_of_http_sql_kafka_or_risk_intake = noClasses()
            .that().belongToAnyOf(Customer.class, CustomerCommand.class, CustomerRuleViolation.class, Lifecycle.class,
                    Profile.class, RiskKind.class, RiskSeverity.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "..customer.risk..", "io.ledgerline.platform.web..", "..customer.config..");

    @ArchTest
    static final ArchRule the_customer_feature_does_not_depend_on_risk_or_erp_intake = noClasses()
            .that().resideInAPackage("io.ledgerline.customer.customer..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.customer.risk..", "io.ledgerline.customer.erp..");

    @ArchTest
    static final ArchRule axon_is_wired_only_in_config = noClasses()
            .that().resideOutsideOfPackage("..customer.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.config..", "io.ledgerline.platform.eventing.axon..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring = noClasses()
            .that().resideOutsideOfPackage("..customer.config..")
            .should().dependOnClassesThat().resideInAPackage("..customer.config..");
}
