package io.ledgerline.collections.policy;

/** The version a publication left current, and whether it recorded a new one (identical content records nothing). */
public record Publication(int version, boolean created) {
}
