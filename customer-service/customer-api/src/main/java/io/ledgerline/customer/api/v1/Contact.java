package io.ledgerline.customer.api.v1;

/** A person at the customer to talk to; {@code role} says what about, e.g. {@code finance}. */
public record Contact(String name, String role, String email, String phone) {
}
