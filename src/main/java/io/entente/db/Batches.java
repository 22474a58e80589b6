package io.entente.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lines batch results up with their keys. A batch resolver must answer one entry per parent, in the
 * parents' order: an empty list (or null) for a parent with nothing, never a missing entry.
 */
public final class Batches {

    private Batches() {
    }

    /** For to-one fields: the row whose key equals each key, or null. */
    public static <K, T> List<T> align(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        Map<K, T> byKey = new HashMap<>();
        for (T row : rows) {
            byKey.put(keyOf.apply(row), row);
        }
        List<T> result = new ArrayList<>(keys.size());
        for (K key : keys) {
            result.add(key == null ? null : byKey.get(key));
        }
        return result;
    }

    /** For to-many fields: the rows belonging to each key, in the order the rows came. */
    public static <K, T> List<List<T>> group(List<K> keys, List<T> rows, Function<T, K> parentOf) {
        Map<K, List<T>> byKey = new HashMap<>();
        for (T row : rows) {
            byKey.computeIfAbsent(parentOf.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<List<T>> result = new ArrayList<>(keys.size());
        for (K key : keys) {
            result.add(byKey.getOrDefault(key, List.of()));
        }
        return result;
    }

    /** The distinct non-null keys, as the array parameter of an {@code = any($1)} query. */
    public static <K> Long[] distinct(List<K> keys, Function<K, Long> keyOf) {
        return keys.stream().map(keyOf).filter(Objects::nonNull).distinct().toArray(Long[]::new);
    }

    /** For to-many fields read with their parent's key: the values belonging to each key. */
    public static <T> List<List<T>> groupKeyed(List<Long> keys, List<Keyed<T>> rows) {
        return group(keys, rows, Keyed::parent).stream()
                .map(group -> group.stream().map(Keyed::value).toList())
                .toList();
    }
}
