package io.ledgerline.credit.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulationArchitectureTest {

    /** The replay is a pure function of the history and the candidate, testable without a database. */
    @ArchTest
    static final ArchRule the_replay_knows_nothing_of_http_sql_kafka_axon_or_cdi = noClasses()
            .that().belongToAnyOf(Replay.class, Replayed.class, Tally.class, Candidate.class, CandidateAssessment.class, Scope.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.agroal..", "java.sql..", "org.apache.kafka..",
                    "org.axonframework..", "io.quarkus..", "io.ledgerline.platform..", "io.ledgerline.credit.book..",
                    "io.ledgerline.credit.profile..", "io.ledgerline.credit.application..", "io.ledgerline.credit.receivables..");

    /** A what-if decides nothing: no command is sent and no event recorded from this package. */
    @ArchTest
    static final ArchRule a_simulation_sends_no_command_and_records_no_event = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.apache.kafka..");

    /** Nothing else depends on simulations. */
    @ArchTest
    static final ArchRule no_other_feature_depends_on_simulations = noClasses()
            .that().resideOutsideOfPackage("io.ledgerline.credit.simulation..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.credit.simulation..");
}
