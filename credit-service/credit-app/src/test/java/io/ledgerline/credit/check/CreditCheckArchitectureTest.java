package io.ledgerline.credit.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class CreditCheckArchitectureTest {

    @ArchTest
    static final ArchRule the_aggregate_and_its_rules_know_nothing_of_http_sql_kafka_other_features_or_the_wiring = noClasses()
            .that().belongToAnyOf(CreditCheck.class, CreditCheckCommand.class, CreditCheckRules.class, CheckFacts.class,
                    CheckRefused.class, OverdueTolerance.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.credit.config..", "io.ledgerline.credit.profile..",
                    "io.ledgerline.credit.book..", "io.ledgerline.credit.application..", "io.ledgerline.credit.receivables..");

    /** It answers from local tables, never another service synchronously: no HTTP client anywhere in the feature. */
    @ArchTest
    static final ArchRule credit_checks_call_no_other_service = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.check..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs.client..", "java.net.http..", "org.apache.kafka..");

    /** Exposure learns reservations through its own port; the receivables facts never reach into credit checks. */
    @ArchTest
    static final ArchRule receivables_do_not_depend_on_credit_checks = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.receivables..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.credit.check..");
}
