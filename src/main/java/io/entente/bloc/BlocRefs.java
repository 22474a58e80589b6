package io.entente.bloc;

import io.entente.graphql.ApiError;
import io.entente.write.InputCheck;
import io.entente.write.Tx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Resolves a bloc code an input names; an unknown or malformed code is a problem at its path. */
public final class BlocRefs {

    private BlocRefs() {
    }

    /** The bloc's key, or null (with a problem recorded unless {@code quiet}) when no bloc has the code. */
    public static Uni<Long> key(Tx tx, InputCheck check, String path, String code, boolean quiet) {
        String normalized;
        try {
            normalized = Bloc.normalizeCode(code);
        } catch (ApiError malformed) {
            if (!quiet) {
                check.require(false, path, malformed.getMessage());
            }
            return Uni.createFrom().nullItem();
        }
        return tx.first("select id from bloc where code = $1", Tuple.of(normalized), row -> row.getLong("id"))
                .invoke(key -> check.require(quiet || key != null, path, "no bloc has the code " + normalized + "."));
    }
}
