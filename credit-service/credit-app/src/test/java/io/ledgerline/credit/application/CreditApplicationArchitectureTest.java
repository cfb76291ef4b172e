package io.ledgerline.credit.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit.application", importOptions = ImportOption.DoNotIncludeTests.class)
class CreditApplicationArchitectureTest {

    @ArchTest
    static final ArchRule the_aggregate_and_its_rules_know_nothing_of_http_sql_kafka_other_features_or_the_wiring = noClasses()
            .that().belongToAnyOf(CreditApplication.class, CreditApplicationCommand.class, PolicyFit.class, ApplicationRefused.class,
                    CreditRequest.class, AssessmentUsed.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.credit.config..", "io.ledgerline.credit.profile..",
                    "io.ledgerline.credit.book..", "io.ledgerline.credit.customer..");
}
