package io.entente.search;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.entente.graphql.ApiError;
import io.entente.graphql.SearchResult;
import io.smallrye.mutiny.Uni;

/** The {@code search} root field. */
@GraphQLApi
public class SearchGraphQL {

    static final int MAX_RESULTS = 50;
    static final int MAX_TEXT = 200;

    private final SearchQueries search;

    public SearchGraphQL(SearchQueries search) {
        this.search = search;
    }

    @Query
    @Description("Countries, blocs, officials, meetings, events and sanction regimes matching the text, most relevant"
            + " first. Matches codes exactly (`FR`, `FRA`, `EU`), names and titles by words and similarity (`Lavrov`,"
            + " `France`, `2+2`), and descriptions by full-text search.")
    public Uni<@NonNull List<@NonNull SearchResult>> search(@NonNull @Description("What to look for.") String text,
            @DefaultValue("10") @Description("At most this many results (at most 50).") int first) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw ApiError.badInput("\"text\" must not be empty.");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw ApiError.badInput("\"text\" must be at most " + MAX_TEXT + " characters (was " + trimmed.length() + ").");
        }
        if (first < 0 || first > MAX_RESULTS) {
            throw ApiError.badInput("\"first\" must be between 0 and " + MAX_RESULTS + " (was " + first + ").");
        }
        return search.find(trimmed, first);
    }
}
