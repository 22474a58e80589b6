package io.entente.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, globally unique ids (Relay {@code Node.id}): the type name and row key, base64url-encoded.
 * Clients must treat them as opaque; the encoding lets {@code node(id:)} find the type without a lookup.
 */
public record GlobalId(String type, long key) {

    public static String of(String type, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any valid id, whatever its type; malformed ids are a {@code BAD_USER_INPUT}. */
    public static GlobalId parse(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw malformed(id);
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(id.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || !NodeType.isKnown(decoded.substring(0, colon))) {
            throw malformed(id);
        }
        try {
            long key = Long.parseLong(decoded.substring(colon + 1));
            if (key <= 0) {
                throw malformed(id);
            }
            return new GlobalId(decoded.substring(0, colon), key);
        } catch (NumberFormatException e) {
            throw malformed(id);
        }
    }

    /** Decodes an id that must be of the given type (an argument such as {@code meeting(id:)}). */
    public static long parse(String id, String expectedType) {
        GlobalId parsed = parse(id);
        if (!parsed.type().equals(expectedType)) {
            throw ApiError.badInput("Id \"" + id + "\" is the id of " + withArticle(parsed.type()) + ", not of "
                    + withArticle(expectedType) + ".");
        }
        return parsed.key();
    }

    private static String withArticle(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static ApiError malformed(String id) {
        return ApiError.badInput("\"" + id + "\" is not a valid Entente id.");
    }
}
