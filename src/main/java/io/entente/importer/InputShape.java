package io.entente.importer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.graphql.Input;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;

/**
 * Checks a line's JSON against the shape of its mutation input before it is bound, and says what is wrong in the
 * schema's words, at the field's path ({@code input.participants[1].role: NOPE is not one of HOST, GUEST, ...}):
 * the binder's own messages name Java classes. Also refuses what PostgreSQL cannot store in text (NUL) and UTF-16
 * halves that are no character (an unpaired {@code \ud800} escape), anywhere in the line.
 */
final class InputShape {

    /** Deeper than any input (a line holds input, list, object, reference: four levels): refused before parsing. */
    static final int MAX_DEPTH = 32;

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.put(field.getName(), field);
                }
            }
            return fields;
        }
    };

    private InputShape() {
    }

    /** Null when the text nests at most {@link #MAX_DEPTH} arrays and objects; else why not. Linear, no recursion. */
    static ApiError tooDeep(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return new ApiError(ErrorCode.BAD_USER_INPUT, "The line nests objects and lists more than " + MAX_DEPTH
                            + " levels deep; no input does.");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return null;
    }

    /** Null when {@code text} (at {@code path}) can be stored; else why not. */
    static ApiError unstorable(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return new ApiError(ErrorCode.BAD_USER_INPUT, path + ": holds a NUL character (\\u0000), which text cannot hold.", path);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return new ApiError(ErrorCode.BAD_USER_INPUT, path + ": holds \\u" + Integer.toHexString(c)
                            + ", half of a UTF-16 pair without its other half: no character.", path);
                }
                i++;
            }
        }
        return null;
    }

    /** Null when {@code value} fits the input class {@code type}; else the first misfit, at its path below {@code path}. */
    static ApiError misfit(JsonObject value, Class<?> type, String path) {
        Map<String, Field> fields = FIELDS.get(type);
        for (Map.Entry<String, JsonValue> entry : value.entrySet()) {
            String fieldPath = path + "." + entry.getKey();
            Field field = fields.get(entry.getKey());
            if (field == null) {
                ApiError bad = unstorable(entry.getKey(), path);
                return bad != null ? bad : new ApiError(ErrorCode.BAD_USER_INPUT, fieldPath + ": " + typeName(type) + " has no such field"
                        + " (it has " + String.join(", ", fields.keySet()) + ").", fieldPath);
            }
            ApiError misfit = misfit(entry.getValue(), field.getGenericType(), fieldPath);
            if (misfit != null) {
                return misfit;
            }
        }
        return null;
    }

    private static ApiError misfit(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null; // required fields are Bean Validation's to report
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!(value instanceof JsonArray array)) {
                return expected(path, "a list");
            }
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    return new ApiError(ErrorCode.BAD_USER_INPUT, itemPath + ": must not be null.", itemPath);
                }
                ApiError misfit = misfit(array.get(i), list.getActualTypeArguments()[0], itemPath);
                if (misfit != null) {
                    return misfit;
                }
            }
            return null;
        }
        Class<?> target = (Class<?>) type;
        if (target.isAnnotationPresent(Input.class)) {
            return value instanceof JsonObject object ? misfit(object, target, path) : expected(path, "an object (" + typeName(target) + ")");
        }
        if (!(value instanceof JsonString string)) {
            return expected(path, target == String.class ? "a string" : target == LocalDate.class ? "a date (YYYY-MM-DD)"
                    : "one of " + constants(target));
        }
        ApiError unstorable = unstorable(string.getString(), path);
        if (unstorable != null || target == String.class) {
            return unstorable;
        }
        if (target == LocalDate.class) {
            try {
                LocalDate.parse(string.getString());
                return null;
            } catch (DateTimeParseException e) {
                return new ApiError(ErrorCode.BAD_USER_INPUT, path + ": " + string.getString() + " is not a date (YYYY-MM-DD).", path);
            }
        }
        if (target.isEnum()) {
            boolean known = Arrays.stream(target.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(string.getString()));
            return known ? null : new ApiError(ErrorCode.BAD_USER_INPUT, path + ": " + string.getString() + " is not one of "
                    + constants(target) + ".", path);
        }
        throw new IllegalStateException("An input field of a type the import does not know: " + target.getSimpleName());
    }

    private static ApiError expected(String path, String what) {
        return new ApiError(ErrorCode.BAD_USER_INPUT, path + ": expected " + what + ".", path);
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** The GraphQL name of an input class. */
    static String typeName(Class<?> type) {
        Input input = type.getAnnotation(Input.class);
        return input != null && !input.value().isEmpty() ? input.value() : type.getSimpleName();
    }
}
