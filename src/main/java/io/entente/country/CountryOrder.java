package io.entente.country;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Ordering;
import io.entente.paging.SortKey;

/** The orderings of {@code countries}. */
@Description("How `countries` is sorted.")
public enum CountryOrder {
    @Description("By common name, A to Z (the default).")
    NAME_ASC(Ordering.ascending("NAME_ASC", SortKey.text("c.name", c -> c.name), SortKey.number("c.id", Country::key))),
    @Description("By common name, Z to A.")
    NAME_DESC(Ordering.descending("NAME_DESC", SortKey.text("c.name", c -> c.name), SortKey.number("c.id", Country::key))),
    @Description("By ISO alpha-2 code, A to Z.")
    CODE_ASC(Ordering.ascending("CODE_ASC", SortKey.text("c.alpha2", c -> c.alpha2)));

    final Ordering<Country> ordering;

    CountryOrder(Ordering<Country> ordering) {
        this.ordering = ordering;
    }
}
