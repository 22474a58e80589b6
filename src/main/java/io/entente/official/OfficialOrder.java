package io.entente.official;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Ordering;
import io.entente.paging.SortKey;

/** The orderings of {@code officials}. */
@Description("How `officials` is sorted.")
public enum OfficialOrder {
    @Description("By full name, A to Z (the default).")
    NAME_ASC(Ordering.ascending("NAME_ASC", SortKey.text("o.full_name", o -> o.fullName), SortKey.number("o.id", Official::key))),
    @Description("By full name, Z to A.")
    NAME_DESC(Ordering.descending("NAME_DESC", SortKey.text("o.full_name", o -> o.fullName), SortKey.number("o.id", Official::key)));

    final Ordering<Official> ordering;

    OfficialOrder(Ordering<Official> ordering) {
        this.ordering = ordering;
    }
}
