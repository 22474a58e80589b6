package io.entente.importer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.entente.auth.Access;
import io.entente.auth.Role;
import io.entente.graphql.ApiError;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The import as a mutation, for small batches; files of any size go to {@code POST /import}. */
@GraphQLApi
public class ImportGraphQL {

    static final int MAX_LINES = 1000;

    private final Importer importer;
    private final Access access;

    public ImportGraphQL(Importer importer, Access access) {
        this.importer = importer;
        this.access = access;
    }

    @Mutation
    @Description("Imports JSON Lines (at most 1000 lines; larger files go to `POST /import`): one object per line,"
            + " `{\"type\": \"Meeting\", \"input\": {...}}`, the input in the shape of the type's mutation input. Records are"
            + " matched by natural key: created, replaced, or left alone when the same line was imported before. Lines are"
            + " independent: a rejected line is reported and the others are imported. Needs the `editor` role.")
    public Uni<@NonNull ImportReport> importRecords(@NonNull @Description("The JSON Lines, newline-separated.") String jsonLines) {
        return access.require(Role.EDITOR).chain(actor -> {
            String[] lines = jsonLines.split("\r?\n", -1);
            if (lines.length > MAX_LINES) {
                throw ApiError.badInput("At most " + MAX_LINES + " lines per call (got " + lines.length + "); send larger files to POST /import.");
            }
            return importer.run(Multi.createFrom().iterable(importer.numbered(lines)), actor).collect().asList().map(ImportReport::of);
        });
    }
}
