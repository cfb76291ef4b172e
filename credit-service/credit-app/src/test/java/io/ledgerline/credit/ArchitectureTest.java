package io.ledgerline.credit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.credit.book.BookCommand;
import io.ledgerline.credit.book.CreditPolicyBook;
import io.ledgerline.credit.book.Publication;
import io.ledgerline.credit.book.ScorecardBook;
import io.ledgerline.credit.profile.CreditProfile;
import io.ledgerline.credit.profile.CreditProfileCommand;
import io.ledgerline.credit.profile.CreditRuleViolation;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoring_is_pure_it_knows_no_http_sql_kafka_axon_or_cdi = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "org.axonframework..", "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.credit.book..",
                    "io.ledgerline.credit.profile..", "io.ledgerline.credit.customer..", "io.ledgerline.credit.config..");

    @ArchTest
    static final ArchRule the_aggregates_know_nothing_of_http_sql_kafka_or_the_wiring = noClasses()
            .that().belongToAnyOf(CreditProfile.class, CreditProfileCommand.class, CreditRuleViolation.class, ScorecardBook.class,
                    CreditPolicyBook.class, BookCommand.class, Publication.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.ledgerline.platform..", "io.ledgerline.credit.config..", "io.ledgerline.credit.customer..");

    @ArchTest
    static final ArchRule customer_facts_do_not_depend_on_profiles_or_books = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.customer..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.credit.profile..", "io.ledgerline.credit.book..");

    @ArchTest
    static final ArchRule books_do_not_depend_on_profiles_or_customers = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.book..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.credit.profile..", "io.ledgerline.credit.customer..");

    @ArchTest
    static final ArchRule axon_is_wired_only_in_config = noClasses()
            .that().resideOutsideOfPackage("..credit.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.config..", "io.ledgerline.platform.eventing.axon..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring = noClasses()
            .that().resideOutsideOfPackage("..credit.config..")
            .should().dependOnClassesThat().resideInAPackage("..credit.config..");
}
