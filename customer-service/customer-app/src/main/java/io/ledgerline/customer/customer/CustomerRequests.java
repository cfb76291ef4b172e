package io.ledgerline.customer.customer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies as clients send them; fields stay text until {@link CustomerValidation} says they are sound. */
public final class CustomerRequests {

    private CustomerRequests() {
    }

    @Schema(name = "RegisterCustomer", description = "A customer entering the customer master under the ERP's customer code")
    public record Register(
            @Schema(required = true, example = "0379-NEVHP", maxLength = 100, description = "the ERP's customer code; a repeat with the same content returns the first answer") String customerId,
            @Schema(required = true, example = "Nevhp Trading Co., Ltd.") String legalName,
            @Schema(example = "91310000MA1FL0XX0X") String registrationId,
            Amount registeredCapital,
            @Schema(example = "2009-06-15", format = "date") String foundingDate,
            @Schema(example = "PRIVATE") String ownershipType,
            @Schema(example = "WHOLESALE") String industry,
            @Schema(example = "EAST") String region,
            @Schema(example = "DISTRIBUTOR") String customerType,
            @Schema(example = "wang.li") String salesOwner,
            @Schema(example = "[\"key-account\"]") List<String> tags,
            @Schema(example = "ACTIVE", enumeration = {"PROSPECT", "ACTIVE"}, description = "PROSPECT when absent") String lifecycle) {
    }

    @Schema(name = "CustomerProfile", description = "The whole company profile after the change")
    public record ProfileChange(
            @Schema(required = true, example = "Nevhp Trading Group Co., Ltd.") String legalName,
            @Schema(example = "91310000MA1FL0XX0X") String registrationId,
            Amount registeredCapital,
            @Schema(example = "2009-06-15", format = "date") String foundingDate,
            @Schema(example = "PRIVATE") String ownershipType,
            @Schema(example = "WHOLESALE") String industry,
            @Schema(example = "NORTH") String region,
            @Schema(example = "DISTRIBUTOR") String customerType,
            @Schema(example = "zhao.min") String salesOwner,
            List<String> tags) {
    }

    @Schema(name = "Amount", description = "Money: a decimal string and its ISO 4217 currency")
    public record Amount(
            @Schema(required = true, example = "5000000.00") String amount,
            @Schema(required = true, example = "CNY") String currency) {
    }

    @Schema(name = "CustomerContacts", description = "The whole list of contacts after the change")
    public record Contacts(List<ContactEntry> contacts) {
    }

    @Schema(name = "Contact")
    public record ContactEntry(
            @Schema(required = true, example = "Chen Jing") String name,
            @Schema(required = true, example = "finance", description = "what to talk to this person about") String role,
            @Schema(example = "chen.jing@nevhp.example") String email,
            @Schema(example = "+86 21 5555 0101") String phone) {
    }

    @Schema(name = "LifecycleChange")
    public record LifecycleChange(
            @Schema(required = true, example = "ACTIVE", enumeration = {"PROSPECT", "ACTIVE", "ON_HOLD", "CLOSED"}) String to,
            @Schema(required = true, example = "first order signed") String reason) {
    }
}
