package io.ledgerline.credit.block;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class CreditBlockArchitectureTest {

    @ArchTest
    static final ArchRule the_aggregate_knows_nothing_of_http_sql_kafka_other_features_or_the_wiring = noClasses()
            .that().belongToAnyOf(CreditBlock.class, CreditBlockCommand.class, BlockRefused.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.credit.config..", "io.ledgerline.credit.check..");

    /** Credit checks read blocks; blocks never reach into credit checks. */
    @ArchTest
    static final ArchRule blocks_do_not_depend_on_credit_checks = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.block..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.credit.check..");

    /** Collections' requests are read as the topic's JSON: credit-service never depends on collections-service's module. */
    @ArchTest
    static final ArchRule credit_service_reads_collections_json_not_its_module = noClasses()
            .that().resideInAPackage("io.ledgerline.credit..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.collections..");
}
