package io.entente.graphql;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/** The root lookups by id ({@code meeting(id:)}, ...): decode, load, or answer {@code NOT_FOUND}. */
public final class ById {

    private ById() {
    }

    /**
     * @param type   the GraphQL type the id must belong to
     * @param loader the feature's batch reader by row keys
     */
    public static <T> Uni<T> find(String id, String type, Function<List<Long>, Uni<List<T>>> loader) {
        long key = GlobalId.parse(id, type);
        return loader.apply(List.of(key)).map(found -> found.get(0))
                .onItem().ifNull().failWith(() -> ApiError.notFound("No " + type + " has the id " + id + "."));
    }
}
