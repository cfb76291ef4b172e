package io.ledgerline.customer.customer;

import io.ledgerline.customer.api.v1.Contact;
import io.ledgerline.customer.api.v1.Money;
import io.ledgerline.customer.customer.CustomerCommand.ChangeContacts;
import io.ledgerline.customer.customer.CustomerCommand.ChangeLifecycle;
import io.ledgerline.customer.customer.CustomerCommand.RegisterCustomer;
import io.ledgerline.customer.customer.CustomerCommand.UpdateProfile;
import io.ledgerline.customer.customer.CustomerRequests.Amount;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** Turns requests into commands or refuses them with the offending field, before anything is stored. */
public final class CustomerValidation {

    public static final int MAX_ID = 100;
    private static final int MAX_TEXT = 200;
    private static final int MAX_LIST = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomerValidation() {
    }

    public static RegisterCustomer register(CustomerRequests.Register r, LocalDate today) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a customer object");
        }
        String customerId = customerId("customerId", r.customerId(), false);
        Profile profile = profile(r.legalName(), r.registrationId(), r.registeredCapital(), r.foundingDate(), r.ownershipType(),
                r.industry(), r.region(), r.customerType(), r.salesOwner(), r.tags(), today);
        Lifecycle lifecycle = r.lifecycle() == null ? Lifecycle.PROSPECT : known(Lifecycle.class, "lifecycle", r.lifecycle());
        return new RegisterCustomer(customerId, profile, lifecycle);
    }

    public static UpdateProfile updateProfile(String customerId, CustomerRequests.ProfileChange r, LocalDate today) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a profile object");
        }
        return new UpdateProfile(customerId, profile(r.legalName(), r.registrationId(), r.registeredCapital(), r.foundingDate(),
                r.ownershipType(), r.industry(), r.region(), r.customerType(), r.salesOwner(), r.tags(), today));
    }

    public static ChangeContacts changeContacts(String customerId, CustomerRequests.Contacts r) {
        if (r == null || r.contacts() == null) {
            throw ProblemException.invalidField("contacts", "contacts is required (an empty list removes every contact)");
        }
        if (r.contacts().size() > MAX_LIST) {
            throw ProblemException.invalidField("contacts", "at most " + MAX_LIST + " contacts");
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < r.contacts().size(); i++) {
            CustomerRequests.ContactEntry c = r.contacts().get(i);
            String prefix = "contacts[" + i + "]";
            if (c == null) {
                throw ProblemException.invalidField(prefix, "a contact must be an object");
            }
            String email = optional(prefix + ".email", c.email(), MAX_TEXT);
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw ProblemException.invalidField(prefix + ".email", "'" + email + "' is not an email address");
            }
            contacts.add(new Contact(text(prefix + ".name", c.name(), MAX_TEXT), text(prefix + ".role", c.role(), MAX_ID),
                    email, optional(prefix + ".phone", c.phone(), 50)));
        }
        return new ChangeContacts(customerId, contacts);
    }

    public static ChangeLifecycle changeLifecycle(String customerId, CustomerRequests.LifecycleChange r, LocalDate today) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a lifecycle change object");
        }
        return new ChangeLifecycle(customerId, known(Lifecycle.class, "to", r.to()), text("reason", r.reason(), 500), today);
    }

    /** A customer id from a body field or, with {@code parameter}, from the path. */
    public static String customerId(String name, String value, boolean parameter) {
        String problem = value == null || value.isBlank() ? name + " is required"
                : value.length() > MAX_ID ? name + " is longer than " + MAX_ID + " characters"
                : value.contains("/") ? name + " must not contain '/'" : null;
        if (problem == null) {
            return value.strip();
        }
        throw parameter ? ProblemException.invalidParameter(name, problem) : ProblemException.invalidField(name, problem);
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required");
        }
        return optional(field, value, maxLength);
    }

    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    /** An ISO date, never after {@code today}. */
    public static LocalDate pastDate(String field, String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(text(field, value, 10));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date like 2013-01-02, got '" + value + "'");
        }
        if (date.isAfter(today)) {
            throw ProblemException.invalidField(field, field + " " + date + " is in the future");
        }
        return date;
    }

    public static <E extends Enum<E>> E known(Class<E> type, String field, String value) {
        String name = text(field, value, 50);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + name + "'");
        }
    }

    private static Profile profile(String legalName, String registrationId, Amount capital, String foundingDate,
                                   String ownershipType, String industry, String region, String customerType,
                                   String salesOwner, List<String> tags, LocalDate today) {
        return new Profile(
                text("legalName", legalName, MAX_TEXT),
                optional("registrationId", registrationId, MAX_ID),
                capital == null ? null : money("registeredCapital", capital),
                foundingDate == null ? null : pastDate("foundingDate", foundingDate, today),
                optional("ownershipType", ownershipType, MAX_ID),
                optional("industry", industry, MAX_ID),
                optional("region", region, MAX_ID),
                optional("customerType", customerType, MAX_ID),
                optional("salesOwner", salesOwner, MAX_ID),
                tags(tags));
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_LIST) {
            throw ProblemException.invalidField("tags", "at most " + MAX_LIST + " tags");
        }
        List<String> sound = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = text("tags[" + i + "]", tags.get(i), 50);
            if (!sound.contains(tag)) {
                sound.add(tag);
            }
        }
        return sound;
    }

    private static Money money(String field, Amount amount) {
        Currency currency = currency(field + ".currency", amount.currency());
        BigDecimal value;
        try {
            value = new BigDecimal(text(field + ".amount", amount.amount(), 30));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field + ".amount",
                    field + ".amount must be a decimal string like \"5000000.00\", got '" + amount.amount() + "'");
        }
        if (value.signum() < 0) {
            throw ProblemException.invalidField(field + ".amount", field + ".amount must not be negative, got " + value);
        }
        if (value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw ProblemException.invalidField(field + ".amount", field + ".amount has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
        return new Money(value, currency.getCurrencyCode());
    }

    private static Currency currency(String field, String code) {
        String value = text(field, code, 3);
        try {
            Currency currency = Currency.getInstance(value);
            if (currency.getDefaultFractionDigits() < 0) {
                throw ProblemException.invalidField(field, value + " is not a currency money can be counted in");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "unknown ISO 4217 currency '" + value + "'");
        }
    }
}
