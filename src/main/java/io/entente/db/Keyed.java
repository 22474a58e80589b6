package io.entente.db;

/** A row read together with the key of the parent it was fetched for, as batch loaders return them. */
public record Keyed<T>(long parent, T value) {
}
