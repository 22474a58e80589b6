package io.entente.graphql;

import io.entente.config.EntenteConfig;

/**
 * The limits that the text of a document alone decides (its size, its tokens), for the HTTP route to refuse a
 * document over them before the parser spends time on it.
 */
public final class DocumentLimits {

    private DocumentLimits() {
    }

    /** The QUERY_TOO_COMPLEX error for a document over a text limit, or null. */
    public static ApiError exceeded(String document, EntenteConfig.Limits limits) {
        try {
            QueryLimitsInstrumentation.check("document size", document.length(), limits.maxDocumentSize(), "characters",
                    "ENTENTE_LIMITS_MAX_DOCUMENT_SIZE");
            QueryLimitsInstrumentation.check("number of tokens", QueryLimitsInstrumentation.Tokens.count(document),
                    limits.maxTokens(), "tokens", "ENTENTE_LIMITS_MAX_TOKENS");
            return null;
        } catch (graphql.execution.AbortExecutionException e) {
            return (ApiError) e.getUnderlyingErrors().get(0);
        }
    }
}
