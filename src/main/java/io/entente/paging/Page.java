package io.entente.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/** The content of a connection, built from rows fetched one beyond the page size. */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Uni<Integer>> totalCount) {

    /**
     * @param rows the rows of the page, at most {@code request.size() + 1}; the extra row only says a next page exists
     */
    public static <T> Page<T> of(List<T> rows, PageRequest<T> request, Supplier<Uni<Integer>> totalCount) {
        boolean more = rows.size() > request.size();
        List<T> visible = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            // Read in reverse to take the rows nearest the cursor; shown in the list's own order.
            Collections.reverse(visible);
        }
        List<Edge<T>> edges = new ArrayList<>(visible.size());
        Function<T, String> cursorOf = request.ordering()::cursorOf;
        for (T row : visible) {
            edges.add(new Edge<>(row, cursorOf));
        }
        boolean beyondCursor = request.cursor() != null;
        PageInfo info = new PageInfo(request.backward() ? beyondCursor : more, request.backward() ? more : beyondCursor,
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        return new Page<>(edges, info, totalCount);
    }
}
