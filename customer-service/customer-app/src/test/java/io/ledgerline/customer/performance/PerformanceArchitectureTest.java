package io.ledgerline.customer.performance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class PerformanceArchitectureTest {

    @ArchTest
    static final ArchRule the_team_and_target_aggregates_know_nothing_of_http_sql_or_kafka = noClasses()
            .that().belongToAnyOf(SalesTeam.class, SalesTeamCommand.class, CollectionTarget.class, CollectionTargetCommand.class,
                    TargetPeriod.class, TargetScope.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.agroal..", "java.sql..", "org.apache.kafka..", "io.ledgerline.platform.web..",
                    "..customer.config..");

    @ArchTest
    static final ArchRule sales_performance_and_the_customer_feature_stay_apart = noClasses()
            .that().resideInAPackage("io.ledgerline.customer.performance..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.customer.customer..",
                    "io.ledgerline.customer.risk..", "io.ledgerline.customer.erp..");
}
