package io.entente.bloc;

import org.eclipse.microprofile.graphql.Description;

/** The orderings of {@code blocs}. */
@Description("How `blocs` is sorted.")
public enum BlocOrder {
    @Description("By name, A to Z (the default).")
    NAME_ASC("b.name, b.id"),
    @Description("By code, A to Z.")
    CODE_ASC("b.code");

    final String orderBy;

    BlocOrder(String orderBy) {
        this.orderBy = orderBy;
    }
}
