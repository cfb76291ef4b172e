package io.ledgerline.credit.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class HistoryArchitectureTest {

    /** The history learns every decision from the published events, as any other consumer would: no other feature's classes. */
    @ArchTest
    static final ArchRule the_history_reads_only_the_published_language = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.history..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.credit.profile..", "io.ledgerline.credit.book..",
                    "io.ledgerline.credit.application..", "io.ledgerline.credit.check..", "io.ledgerline.credit.block..",
                    "io.ledgerline.credit.scoring..", "io.ledgerline.credit.customer..", "io.ledgerline.credit.receivables..",
                    "io.ledgerline.credit.config..", "org.axonframework..");

    /** The explanations are rules over an event's content: no HTTP, SQL, Kafka or CDI. */
    @ArchTest
    static final ArchRule explanations_know_no_http_sql_kafka_or_cdi = noClasses()
            .that().belongToAnyOf(AssessmentEntries.class, GradeChange.class, ApplicationEntries.class, CheckEntries.class,
                    BlockEntries.class, AlertEntries.class, Entry.class, Assessment.class, Phrases.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "io.quarkus..", "io.ledgerline.platform.eventing.projection..", "io.ledgerline.platform.web..");

    /** Nothing else depends on the history: it is a read model at the end of the line. */
    @ArchTest
    static final ArchRule no_feature_depends_on_the_history = noClasses()
            .that().resideOutsideOfPackage("io.ledgerline.credit.history..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.credit.history..");
}
