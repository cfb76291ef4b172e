package io.ledgerline.collections.casework;

import io.ledgerline.collections.customer.CustomerDimensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whom a customer's case goes to: its sales owner (customer dimension), else the finance collector; the finance collector
 * ({@code ledgerline.collections.finance-owner}) and legal ({@code ledgerline.collections.legal-owner}) from configuration.
 */
@ApplicationScoped
public class CaseOwnerDirectory {

    @Inject
    CustomerDimensions dimensions;

    @ConfigProperty(name = "ledgerline.collections.finance-owner", defaultValue = "finance.collections")
    String financeOwner;

    @ConfigProperty(name = "ledgerline.collections.legal-owner", defaultValue = "legal.collections")
    String legalOwner;

    public CaseOwners of(String customerId) {
        String sales = dimensions.find(customerId).map(CustomerDimensions.Dimensions::salesOwner).filter(s -> !s.isBlank())
                .orElse(financeOwner);
        return new CaseOwners(sales, financeOwner, legalOwner);
    }
}
