package io.ledgerline.receivables;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ledgerline.receivables", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_ledger_knows_nothing_of_http_sql_or_ingestion = noClasses()
            .that().resideInAnyPackage("..receivables.invoice..", "..receivables.payment..", "..receivables.creditmemo..",
                    "..receivables.money..", "..receivables.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.agroal..", "java.sql..",
                    "..receivables.erp..", "..receivables.cashapplication..", "io.ledgerline.platform.web..", "..receivables.config..",
                    "..receivables.refusal..", "..receivables.writeoff..", "..receivables.dispute..", "..receivables.reversal..",
                    "..receivables.contract..", "..receivables.latefee..", "..receivables.position..");

    @ArchTest
    static final ArchRule contracts_and_their_terms_know_nothing_of_http_or_sql = noClasses()
            .that().resideInAPackage("..receivables.contract..")
            .and().haveNameMatching(".*\\.(Contract|ContractCommand|PaymentTerms|InvalidContractException)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.agroal..", "java.sql..", "io.ledgerline.platform.web..",
                    "..receivables.erp..", "..receivables.cashapplication..", "..receivables.position..", "..receivables.latefee..");

    @ArchTest
    static final ArchRule axon_is_wired_only_in_config = noClasses()
            .that().resideOutsideOfPackage("..receivables.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.config..", "io.ledgerline.platform.eventing.axon..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring = noClasses()
            .that().resideOutsideOfPackage("..receivables.config..")
            .should().dependOnClassesThat().resideInAPackage("..receivables.config..");
}
