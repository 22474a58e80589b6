package io.entente.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cost limits every query must stay within; each is a setting (ENTENTE_LIMITS_MAX_DEPTH, ...). */
@ConfigMapping(prefix = "entente.limits")
public interface QueryLimits {

    /** Nesting levels of fields, the root field being level 1. */
    @WithDefault("12")
    int maxDepth();

    /** Estimated fields resolved: page sizes multiply down the tree (see QueryLimitsInstrumentation). */
    @WithDefault("50000")
    int maxComplexity();

    /** Aliased fields in one document. */
    @WithDefault("30")
    int maxAliases();

    /** Lexical tokens (names, punctuation, values) in one document. */
    @WithDefault("5000")
    int maxTokens();

    /** Characters in one document. */
    @WithDefault("20000")
    int maxDocumentSize();
}
