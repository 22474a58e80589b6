package io.entente.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's PageInfo. */
@Description("Where a page sits in its list.")
public record PageInfo(
        @NonNull @Description("True when more items follow this page (when paging backwards: when it was asked for `before` a cursor).") boolean hasNextPage,
        @NonNull @Description("True when items precede this page (when paging forwards: when it was asked for `after` a cursor).") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; null when the page is empty. Pass it as `after` for the next page.") String endCursor) {
}
