package io.entente.bloc;

import io.entente.paging.SqlQuery;

/** SQL that other features use to filter by bloc membership without knowing the bloc tables. */
public final class BlocMembers {

    private BlocMembers() {
    }

    /** A subquery selecting the keys of the countries that are members of the bloc today. */
    public static String currentMemberKeys(SqlQuery sql, String blocCode) {
        return "select bm.country_id from bloc_membership bm join bloc b on b.id = bm.bloc_id"
                + " where b.code = " + sql.param(Bloc.normalizeCode(blocCode))
                + " and bm.since <= current_date and (bm.until is null or bm.until > current_date)";
    }
}
