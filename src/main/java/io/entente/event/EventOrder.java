package io.entente.event;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Ordering;
import io.entente.paging.SortKey;

/** The orderings of event lists. */
@Description("How a list of events is sorted.")
public enum EventOrder {
    @Description("Newest first (the default).")
    DATE_DESC(Ordering.descending("DATE_DESC", SortKey.date("e.occurred_on", e -> e.occurredOn), SortKey.number("e.id", Event::key))),
    @Description("Oldest first.")
    DATE_ASC(Ordering.ascending("DATE_ASC", SortKey.date("e.occurred_on", e -> e.occurredOn), SortKey.number("e.id", Event::key)));

    final Ordering<Event> ordering;

    EventOrder(Ordering<Event> ordering) {
        this.ordering = ordering;
    }
}
