package io.ledgerline.collections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.collections.arrangement.ArrangementBook;
import io.ledgerline.collections.arrangement.ArrangementCommand;
import io.ledgerline.collections.arrangement.Arrangements;
import io.ledgerline.collections.arrangement.ItemPayment;
import io.ledgerline.collections.attribution.Attribution;
import io.ledgerline.collections.attribution.AttributionBook;
import io.ledgerline.collections.attribution.AttributionCommand;
import io.ledgerline.collections.attribution.Payment;
import io.ledgerline.collections.attribution.Touch;
import io.ledgerline.collections.casework.CaseFile;
import io.ledgerline.collections.casework.CaseOwners;
import io.ledgerline.collections.casework.Casework;
import io.ledgerline.collections.casework.CaseworkCommand;
import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.collections.dunning.DunningCase;
import io.ledgerline.collections.dunning.DunningCaseCommand;
import io.ledgerline.collections.policy.DunningPolicyBook;
import io.ledgerline.collections.policy.PolicyCommand;
import io.ledgerline.collections.policy.Publication;
import io.ledgerline.collections.reminder.ReminderCommand;
import io.ledgerline.collections.reminder.ReminderEmail;

@AnalyzeClasses(packages = "io.ledgerline.collections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_ladder_is_pure_it_knows_no_http_sql_kafka_axon_or_cdi = noClasses()
            .that().resideInAPackage("io.ledgerline.collections.ladder..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "org.axonframework..", "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.collections.policy..",
                    "io.ledgerline.collections.dunning..", "io.ledgerline.collections.receivables..", "io.ledgerline.collections.credit..",
                    "io.ledgerline.collections.customer..", "io.ledgerline.collections.config..");

    @ArchTest
    static final ArchRule the_aggregates_know_nothing_of_http_sql_kafka_or_the_wiring = noClasses()
            .that().belongToAnyOf(DunningCase.class, DunningCaseCommand.class, DunningPolicyBook.class, PolicyCommand.class,
                    Publication.class, ReminderEmail.class, ReminderCommand.class,
                    Casework.class, CaseFile.class, CaseworkCommand.class, CaseOwners.class, CaseworkRefused.class,
                    Arrangements.class, ArrangementBook.class, ArrangementCommand.class, ItemPayment.class,
                    Attribution.class, AttributionBook.class, AttributionCommand.class, Payment.class, Touch.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.ledgerline.platform..", "io.ledgerline.collections.config..", "io.ledgerline.collections.receivables..",
                    "io.ledgerline.collections.credit..", "io.ledgerline.collections.customer..");

    @ArchTest
    static final ArchRule the_projections_of_other_services_know_nothing_of_dunning_or_policies = noClasses()
            .that().resideInAnyPackage("io.ledgerline.collections.receivables..", "io.ledgerline.collections.credit..",
                    "io.ledgerline.collections.customer..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.collections.dunning..", "io.ledgerline.collections.policy..");

    @ArchTest
    static final ArchRule policies_know_nothing_of_dunning_or_the_projections = noClasses()
            .that().resideInAPackage("io.ledgerline.collections.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.collections.dunning..",
                    "io.ledgerline.collections.receivables..", "io.ledgerline.collections.credit..", "io.ledgerline.collections.customer..");

    @ArchTest
    static final ArchRule cases_follow_the_steps_events_and_know_nothing_of_dunning_or_policies = noClasses()
            .that().resideInAPackage("io.ledgerline.collections.casework..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.collections.dunning..", "io.ledgerline.collections.policy..");

    @ArchTest
    static final ArchRule axon_is_wired_only_in_config = noClasses()
            .that().resideOutsideOfPackage("..collections.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.config..", "io.ledgerline.platform.eventing.axon..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring = noClasses()
            .that().resideOutsideOfPackage("..collections.config..")
            .should().dependOnClassesThat().resideInAPackage("..collections.config..");

    @ArchTest
    static final ArchRule other_services_are_read_from_their_topics_never_their_apps_or_credit_api = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.credit..", "io.ledgerline.customer..",
                    "io.ledgerline.reporting..", "io.ledgerline.receivables.invoice..", "io.ledgerline.receivables.payment..");
}
