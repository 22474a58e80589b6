package io.entente.auth;

/** Who is writing: the name recorded in {@code createdBy} and {@code updatedBy}. */
public record Actor(String name) {

    /** Reference and sample data, and rows that existed before audit columns did. */
    public static final Actor SYSTEM = new Actor("system");
}
