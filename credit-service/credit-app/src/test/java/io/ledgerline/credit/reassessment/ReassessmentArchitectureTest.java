package io.ledgerline.credit.reassessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.credit.profile.CreditProfile;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class ReassessmentArchitectureTest {

    /** The projections follow new facts up through interfaces of their own; they never know re-assessment. */
    @ArchTest
    static final ArchRule facts_do_not_depend_on_reassessment = noClasses()
            .that().resideInAnyPackage("io.ledgerline.credit.customer..", "io.ledgerline.credit.receivables..",
                    "io.ledgerline.credit.profile..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.credit.reassessment..");

    /** Re-assessment assesses the way a request does, through the profiles' service, never the aggregate itself. */
    @ArchTest
    static final ArchRule reassessment_does_not_reach_the_aggregate = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.reassessment..")
            .should().dependOnClassesThat().belongToAnyOf(CreditProfile.class);
}
