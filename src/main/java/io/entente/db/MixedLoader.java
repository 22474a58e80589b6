package io.entente.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Loads a list of rows of several types (a timeline, search results) from (kind, key) pairs: one statement
 * per kind present, run concurrently on the pool, and the results put back in the pairs' order.
 */
public final class MixedLoader<T> {

    private final Map<String, Function<List<Long>, Uni<? extends List<? extends T>>>> loaders = new LinkedHashMap<>();

    public MixedLoader<T> kind(String kind, Function<List<Long>, Uni<? extends List<? extends T>>> loader) {
        loaders.put(kind, loader);
        return this;
    }

    public Uni<List<T>> load(List<String> kinds, List<Long> keys) {
        List<String> present = kinds.stream().distinct().toList();
        if (present.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<? extends List<? extends T>>> loads = new ArrayList<>();
        for (String kind : present) {
            List<Long> ofKind = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                ofKind.add(kind.equals(kinds.get(i)) ? keys.get(i) : null);
            }
            loads.add(loaders.get(kind).apply(ofKind));
        }
        return Uni.combine().all().unis(loads).with(results -> {
            List<T> rows = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                @SuppressWarnings("unchecked")
                List<? extends T> loaded = (List<? extends T>) results.get(present.indexOf(kinds.get(i)));
                T row = loaded.get(i);
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
