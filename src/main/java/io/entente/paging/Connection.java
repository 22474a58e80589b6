package io.entente.paging;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;

/**
 * A Relay cursor connection: one page of a list plus how to get the next one. Each feature names its own
 * subclass ({@code MeetingConnection}) so the schema gets the type names frontends code against.
 */
public abstract class Connection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final Supplier<Uni<Integer>> counter;

    protected Connection(Page<T> page) {
        this.edges = page.edges();
        this.pageInfo = page.pageInfo();
        this.counter = page.totalCount();
    }

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public List<@NonNull Edge<T>> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Where this page sits in the whole list.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /**
     * Counts the whole list, for the {@code totalCount} field: each feature exposes it with a {@code @Source}
     * resolver on its connection type, so the count query runs only when a client asks for it.
     */
    public Uni<Integer> countAll() {
        return counter.get();
    }
}
