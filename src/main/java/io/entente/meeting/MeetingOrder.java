package io.entente.meeting;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Ordering;
import io.entente.paging.SortKey;

/** The orderings of meeting lists. */
@Description("How a list of meetings is sorted.")
public enum MeetingOrder {
    @Description("Newest first (the default).")
    START_DATE_DESC(Ordering.descending("START_DATE_DESC", SortKey.date("m.start_date", m -> m.startDate), SortKey.number("m.id", Meeting::key))),
    @Description("Oldest first.")
    START_DATE_ASC(Ordering.ascending("START_DATE_ASC", SortKey.date("m.start_date", m -> m.startDate), SortKey.number("m.id", Meeting::key)));

    final Ordering<Meeting> ordering;

    MeetingOrder(Ordering<Meeting> ordering) {
        this.ordering = ordering;
    }
}
