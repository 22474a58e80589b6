package io.entente.importer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.entente.graphql.ApiError;

/** The report on one imported line. */
@Type("ImportLineResult")
@Description("What the import did with one line of JSON Lines.")
public class LineResult {

    @NonNull
    @Description("Line number in the input, from 1 (blank lines count but get no result).")
    public int line;

    @Description("The line's `type`, when it could be read.")
    public String type;

    @Description("The natural key the record was matched by (e.g. `FR`, `Moscow 2+2|2019-09-09`), when it could be read.")
    public String naturalKey;

    @NonNull
    @Description("What was done.")
    public ImportOutcome outcome;

    @Id
    @Description("The written or matched record's id.")
    public String id;

    @Description("For a rejected line: the error code (`BAD_USER_INPUT`, `CONFLICT`, ...).")
    public String errorCode;

    @Description("For a rejected line: the offending field's path, when one is to blame.")
    public String field;

    @Description("For a rejected line: what was wrong.")
    public String message;

    static LineResult of(int line, String type, String naturalKey, ImportOutcome outcome, String id) {
        LineResult result = new LineResult();
        result.line = line;
        result.type = type;
        result.naturalKey = naturalKey;
        result.outcome = outcome;
        result.id = id;
        return result;
    }

    static LineResult rejected(int line, String type, String naturalKey, ApiError error) {
        LineResult result = of(line, type, naturalKey, ImportOutcome.REJECTED, null);
        result.errorCode = error.code().name();
        result.field = error.field();
        result.message = error.getMessage();
        return result;
    }
}
