package io.entente.importer;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;

/**
 * Reads one line into its kind, input, natural key and digest, or says why it is rejected, with no SQL: readable
 * text, nesting depth, JSON, the line's shape, the input's shape ({@link InputShape}), Bean Validation.
 */
final class LineParser {

    private static final Set<String> LINE_FIELDS = Set.of("type", "input");
    /** Once: {@code Json.createReader} looks its provider up through the ServiceLoader at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final Validator validator;
    private final Jsonb jsonb;

    LineParser(Validator validator, Jsonb jsonb) {
        this.validator = validator;
        this.jsonb = jsonb;
    }

    Parsed<?> parse(ImportLine line) {
        Parsed<Object> parsed = new Parsed<>(line.number());
        if (line.unreadable() != null) {
            return parsed.reject(line.unreadable());
        }
        ApiError tooDeep = InputShape.tooDeep(line.text());
        if (tooDeep != null) {
            return parsed.reject(tooDeep);
        }
        JsonObject object;
        try (var reader = READERS.createReader(new StringReader(line.text()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return parsed.reject(ErrorCode.BAD_USER_INPUT, null, "A line must be a JSON object {\"type\": ..., \"input\": {...}}.");
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, null, "Not valid JSON: " + firstLine(e.getMessage()));
        }
        for (String field : object.keySet()) {
            if (!LINE_FIELDS.contains(field)) {
                ApiError unstorable = InputShape.unstorable(field, "line");
                return unstorable != null ? parsed.reject(unstorable)
                        : parsed.reject(ErrorCode.BAD_USER_INPUT, field, "Unknown field \"" + field + "\"; a line has \"type\" and \"input\".");
            }
        }
        parsed.rawType = object.get("type") instanceof JsonString type ? type.getString() : null;
        @SuppressWarnings("unchecked")
        ImportKind<Object> kind = (ImportKind<Object>) ImportKinds.of(parsed.rawType);
        if (kind == null) {
            ApiError unstorable = parsed.rawType == null ? null : InputShape.unstorable(parsed.rawType, "type");
            parsed.rawType = unstorable == null ? parsed.rawType : null;
            return parsed.reject(unstorable != null ? unstorable
                    : new ApiError(ErrorCode.BAD_USER_INPUT, "\"type\" must be one of " + ImportKinds.names() + ".", "type"));
        }
        parsed.kind = kind;
        if (!(object.get("input") instanceof JsonObject input)) {
            return parsed.reject(ErrorCode.BAD_USER_INPUT, "input", "\"input\" must be an object in the shape of "
                    + InputShape.typeName(kind.input()) + ".");
        }
        ApiError misfit = InputShape.misfit(input, kind.input(), "input");
        if (misfit != null) {
            return parsed.reject(misfit);
        }
        String inputText = input.toString();
        try {
            parsed.input = jsonb.fromJson(inputText, kind.input());
        } catch (JsonbException e) {
            // InputShape has checked every field the binder reads: this is only a guard, and says nothing of the binder
            return parsed.reject(ErrorCode.BAD_USER_INPUT, "input", "\"input\" does not have the shape of "
                    + InputShape.typeName(kind.input()) + ".");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(parsed.input);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).orElseThrow();
            String field = "input." + first.getPropertyPath();
            return parsed.reject(ErrorCode.BAD_USER_INPUT, field, field + ": " + first.getMessage() + ".");
        }
        try {
            parsed.naturalKey = kind.naturalKey().apply(parsed.input);
        } catch (ApiError e) {
            return parsed.reject(e);
        }
        parsed.digest = digest(kind.type() + "\n" + inputText);
        return parsed;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
