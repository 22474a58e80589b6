package io.entente.write;

import java.util.List;

import io.entente.graphql.ApiError;
import io.smallrye.mutiny.Uni;

/**
 * Creates many records of one kind with a few set-based statements (one per table, not per record): the bulk
 * import's way for lines that create. Each input is judged by the same rules as its mutation (the rules live in
 * the feature's {@code *Writes}; this only calls them for many inputs at once). A statement that fails fails the
 * whole call: the caller rolls back to before it and writes the same inputs one by one, so that the failure is
 * pinned on its line.
 */
public interface BatchCreate<I> {

    /** One outcome per input, in order. */
    Uni<List<Created>> create(Tx tx, List<I> inputs);

    /** What became of one input: its new record's key, the rule it breaks (nothing written), or "write me alone". */
    record Created(Long key, ApiError refused) {

        /** For inputs this way does not cover (a rare case with checks of its own): the caller writes them one by one. */
        public static final Created ALONE = new Created(null, null);

        public static Created key(long key) {
            return new Created(key, null);
        }

        public static Created refused(ApiError why) {
            return new Created(null, why);
        }
    }
}
