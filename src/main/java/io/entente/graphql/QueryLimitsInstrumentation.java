package io.entente.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.entente.config.EntenteConfig;

/**
 * Refuses, before any field is resolved (so before any SQL), a query over one of the {@link EntenteConfig.Limits}, with
 * {@code QUERY_TOO_COMPLEX} and a message naming the limit and the query's value.
 *
 * <p>Complexity estimates the fields a query resolves: every field counts once per parent object, and list
 * fields multiply what is below them by their page size ({@code first}/{@code last}, or the default page size
 * for a connection) or, for plain lists without one, by {@link #LIST_ESTIMATE}. Introspection (GraphiQL's
 * schema query) is not counted.
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    /** How many items a plain list without a page size (participants, members, ...) is assumed to hold. */
    static final int LIST_ESTIMATE = 10;

    private final EntenteConfig.Limits limits;
    private final int defaultPageSize;

    QueryLimitsInstrumentation(EntenteConfig.Limits limits, int defaultPageSize) {
        this.limits = limits;
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        String document = context.getExecutionInput().getQuery();
        check("document size", document.length(), limits.maxDocumentSize(), "characters", "ENTENTE_LIMITS_MAX_DOCUMENT_SIZE");
        int tokens = Tokens.count(document);
        check("number of tokens", tokens, limits.maxTokens(), "tokens", "ENTENTE_LIMITS_MAX_TOKENS");
        Totals totals = new Totals();
        for (ExecutableNormalizedField root : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            measure(root, 1, false, context.getGraphQLSchema(), totals);
        }
        check("number of aliases", totals.aliases, limits.maxAliases(), "aliased fields", "ENTENTE_LIMITS_MAX_ALIASES");
        check("depth", totals.depth, limits.maxDepth(), "levels of fields", "ENTENTE_LIMITS_MAX_DEPTH");
        check("complexity", totals.complexity, limits.maxComplexity(),
                "estimated fields to resolve (page sizes multiply down the tree)", "ENTENTE_LIMITS_MAX_COMPLEXITY");
        if (context.getGraphQLContext().get(BatchBudget.KEY) instanceof BatchBudget batch) {
            batch.spend(limits, document.length(), tokens, totals.aliases, totals.complexity);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private void measure(ExecutableNormalizedField field, long objects, boolean parentIsConnection, GraphQLSchema schema,
            Totals totals) {
        if (field.getName().startsWith("__")) {
            return;
        }
        if (field.getAlias() != null) {
            totals.aliases++;
        }
        totals.depth = Math.max(totals.depth, field.getLevel());
        totals.complexity = Math.min(Long.MAX_VALUE / 2, totals.complexity + objects);
        GraphQLType type = field.getFieldDefinitions(schema).get(0).getType();
        GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
        boolean connection = named.getName().endsWith("Connection");
        long perObject = 1;
        if (connection) {
            perObject = pageSize(field, defaultPageSize);
        } else if (GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList && !parentIsConnection) {
            perObject = pageSize(field, LIST_ESTIMATE);
        }
        long below = Math.min(Long.MAX_VALUE / 4, objects * perObject);
        for (ExecutableNormalizedField child : field.getChildren()) {
            measure(child, below, connection, schema, totals);
        }
    }

    private static long pageSize(ExecutableNormalizedField field, int otherwise) {
        for (String argument : List.of("first", "last")) {
            if (field.getResolvedArguments().get(argument) instanceof Number size) {
                return Math.max(1, size.longValue());
            }
        }
        return otherwise;
    }

    static void check(String what, long value, long max, String unit, String setting) {
        if (value > max) {
            throw new AbortExecutionException(List.of(new ApiError(ErrorCode.QUERY_TOO_COMPLEX, "The query's " + what
                    + " is " + value + " " + unit + ", over the limit of " + max + " by " + (value - max)
                    + " (setting " + setting + ").")));
        }
    }

    private static final class Totals {
        long aliases;
        long depth;
        long complexity;
    }

    /** A single pass over the text, allocation-free: cheap enough to run on every request. */
    static final class Tokens {

        private Tokens() {
        }

        /** Counts GraphQL lexical tokens: names, numbers, strings and punctuators; skips ignored characters. */
        static int count(String document) {
            int tokens = 0;
            int i = 0;
            int n = document.length();
            while (i < n) {
                char c = document.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                    i++;
                } else if (c == '#') {
                    while (i < n && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
                        i++;
                    }
                } else if (c == '"') {
                    i = skipString(document, i);
                    tokens++;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                    while (i < n && (Character.isLetterOrDigit(document.charAt(i)) || "_.-+".indexOf(document.charAt(i)) >= 0)) {
                        i++;
                    }
                    tokens++;
                } else if (c == '.' && document.startsWith("...", i)) {
                    i += 3;
                    tokens++;
                } else {
                    i++;
                    tokens++;
                }
            }
            return tokens;
        }

        private static int skipString(String document, int start) {
            int n = document.length();
            if (document.startsWith("\"\"\"", start)) {
                int end = document.indexOf("\"\"\"", start + 3);
                return end < 0 ? n : end + 3;
            }
            int i = start + 1;
            while (i < n && document.charAt(i) != '"' && document.charAt(i) != '\n') {
                i += document.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(n, i + 1);
        }
    }
}
