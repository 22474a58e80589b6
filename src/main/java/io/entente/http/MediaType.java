package io.entente.http;

/**
 * The two media types a GraphQL answer is written in, and the choice between them from a request's {@code Accept}
 * header (RFC 9110 content negotiation: the highest quality wins, an exact type before a wildcard).
 */
enum MediaType {

    /** What legacy clients and browsers' plain fetch get: status 200 for every well-formed request. */
    JSON("application/json", "application/json; charset=utf-8"),
    /** The GraphQL-over-HTTP type: a request error (no data) is answered 4xx. */
    GRAPHQL_RESPONSE("application/graphql-response+json", "application/graphql-response+json; charset=utf-8");

    final String name;
    final String contentType;

    MediaType(String name, String contentType) {
        this.name = name;
        this.contentType = contentType;
    }

    /**
     * The type to answer in, or null when the header accepts neither (406). No header, or one that accepts anything
     * ({@code *}{@code /*}, {@code application/*}), means {@code application/json}, as the spec says for legacy clients.
     */
    static MediaType forAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        MediaType best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase();
            double quality = quality(parts);
            MediaType candidate;
            int specificity;
            if (type.equals(GRAPHQL_RESPONSE.name)) {
                candidate = GRAPHQL_RESPONSE;
                specificity = 3;
            } else if (type.equals(JSON.name)) {
                candidate = JSON;
                specificity = 2;
            } else if (type.equals("*/*") || type.equals("application/*")) {
                candidate = JSON;
                specificity = 1;
            } else {
                continue;
            }
            if (quality > bestQuality || quality == bestQuality && quality > 0 && specificity > bestSpecificity) {
                best = candidate;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
