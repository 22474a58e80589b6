package io.entente.graphql;

import io.entente.config.EntenteConfig;

/**
 * The cost limits of a batch of operations sent in one HTTP request, which apply to the batch as a whole:
 * the operations' document sizes, tokens, aliases and complexities add up (depth stays per operation). An
 * operation that would take a total over its limit is refused with {@code QUERY_TOO_COMPLEX}, and does not count.
 * Travels in the execution's GraphQL context under {@link #KEY}.
 */
public final class BatchBudget {

    public static final String KEY = "entente.batch-budget";

    private long characters;
    private long tokens;
    private long aliases;
    private long complexity;

    /** Adds an operation's costs, or fails naming the first total it would take over its limit. */
    synchronized void spend(EntenteConfig.Limits limits, long characters, long tokens, long aliases, long complexity) {
        QueryLimitsInstrumentation.check("batch's total document size", this.characters + characters,
                limits.maxDocumentSize(), "characters", "ENTENTE_LIMITS_MAX_DOCUMENT_SIZE");
        QueryLimitsInstrumentation.check("batch's total number of tokens", this.tokens + tokens, limits.maxTokens(),
                "tokens", "ENTENTE_LIMITS_MAX_TOKENS");
        QueryLimitsInstrumentation.check("batch's total number of aliases", this.aliases + aliases,
                limits.maxAliases(), "aliased fields", "ENTENTE_LIMITS_MAX_ALIASES");
        QueryLimitsInstrumentation.check("batch's total complexity", this.complexity + complexity,
                limits.maxComplexity(), "estimated fields to resolve (page sizes multiply down the tree)",
                "ENTENTE_LIMITS_MAX_COMPLEXITY");
        this.characters += characters;
        this.tokens += tokens;
        this.aliases += aliases;
        this.complexity += complexity;
    }
}
