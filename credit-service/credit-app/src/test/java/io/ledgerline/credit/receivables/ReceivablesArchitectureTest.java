package io.ledgerline.credit.receivables;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.credit", importOptions = ImportOption.DoNotIncludeTests.class)
class ReceivablesArchitectureTest {

    /** Profiles read receivables facts to score; the facts never reach back into profiles or books. */
    @ArchTest
    static final ArchRule receivables_facts_do_not_depend_on_profiles_or_books = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.receivables..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.credit.profile..", "io.ledgerline.credit.book..");

    /** It reads a local projection, never another service synchronously: no HTTP client. */
    @ArchTest
    static final ArchRule receivables_facts_call_no_other_service = noClasses()
            .that().resideInAPackage("io.ledgerline.credit.receivables..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs.client..", "java.net.http..");
}
