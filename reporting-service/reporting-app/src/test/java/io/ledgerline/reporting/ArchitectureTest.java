package io.ledgerline.reporting;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

@AnalyzeClasses(packages = "io.ledgerline.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Aging depends on "today"; only the injected business clock may say what day it is, so replays and tests can set it. */
    @ArchTest
    static final ArchRule today_comes_from_the_business_clock = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    /** Read models are fed from Kafka and read over REST; they never issue commands or write events. */
    @ArchTest
    static final ArchRule reporting_writes_no_events = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework..", "io.ledgerline.platform.eventing.axon..", "io.ledgerline.platform.eventing.relay..");

    /**
     * Other services are read through their published language only: receivables through
     * receivables-api, collections through collections-api, customers through the JSON of their events
     * (no customer-api dependency).
     */
    @ArchTest
    static final ArchRule other_services_are_read_through_their_published_api_only = noClasses()
            .should().dependOnClassesThat(resideInAPackage("io.ledgerline..").and(resideOutsideOfPackages(
                    "io.ledgerline.reporting..", "io.ledgerline.platform..", "io.ledgerline.receivables.api..",
                    "io.ledgerline.collections.api..")));
}
