package io.entente.sanction;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Ordering;
import io.entente.paging.SortKey;

/** The orderings of {@code sanctionRegimes}. */
@Description("How `sanctionRegimes` is sorted.")
public enum SanctionRegimeOrder {
    @Description("Most recently adopted first (the default).")
    ADOPTED_ON_DESC(Ordering.descending("ADOPTED_ON_DESC", SortKey.date("r.adopted_on", r -> r.adoptedOn), SortKey.number("r.id", SanctionRegime::key))),
    @Description("Earliest adopted first.")
    ADOPTED_ON_ASC(Ordering.ascending("ADOPTED_ON_ASC", SortKey.date("r.adopted_on", r -> r.adoptedOn), SortKey.number("r.id", SanctionRegime::key))),
    @Description("By name, A to Z.")
    NAME_ASC(Ordering.ascending("NAME_ASC", SortKey.text("r.name", r -> r.name), SortKey.number("r.id", SanctionRegime::key)));

    final Ordering<SanctionRegime> ordering;

    SanctionRegimeOrder(Ordering<SanctionRegime> ordering) {
        this.ordering = ordering;
    }
}
