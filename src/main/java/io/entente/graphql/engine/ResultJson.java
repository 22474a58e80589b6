package io.entente.graphql.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * Writes the data of an answer, {@code {"data": ...}}, straight from graphql-java's result (maps, lists,
 * strings, numbers, booleans, dates) into the response buffer, as JSON with the same text SmallRye would give it
 * (a test compares the two on every kind of value the schema has).
 */
public final class ResultJson {

    private static final Logger LOG = Logger.getLogger(ResultJson.class);
    private static final JsonFactory JSON = new JsonFactory();

    private ResultJson() {
    }

    /** The answer's JSON, or null if the data holds a value this writer does not know (SmallRye's writer then answers). */
    public static Buffer write(Object data) {
        ByteBuf bytes = Unpooled.buffer(4096);
        try (JsonGenerator out = JSON.createGenerator((OutputStream) new ByteBufOutputStream(bytes))) {
            out.writeStartObject();
            out.writeFieldName("data");
            value(out, data);
            out.writeEndObject();
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf(e, "Answer left to SmallRye's writer");
            bytes.release();
            return null;
        }
        return Buffer.buffer(bytes);
    }

    /**
     * Objects and lists are checked by class before their interfaces: graphql-java gives {@link LinkedHashMap}s and
     * {@link ArrayList}s, and a check against an interface walks the class's interface list (on Java 17, through a
     * one-entry cache that the event-loop threads keep overwriting), for every value of the answer.
     */
    private static void value(JsonGenerator out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof LinkedHashMap<?, ?> object) {
            object(out, object);
        } else if (value instanceof ArrayList<?> list) {
            out.writeStartArray();
            for (int i = 0, n = list.size(); i < n; i++) {
                value(out, list.get(i));
            }
            out.writeEndArray();
        } else if (value == null) {
            out.writeNull();
        } else if (value instanceof Map<?, ?> object) {
            object(out, object);
        } else if (value instanceof Iterable<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                value(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof LocalDate date) {
            // SmallRye's Date and DateTime scalars leave these to its JSON-B writer, which writes them in ISO form.
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof OffsetDateTime time) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        } else {
            throw new IllegalArgumentException("No JSON form known for " + value.getClass().getName());
        }
    }

    private static void object(JsonGenerator out, Map<?, ?> object) throws IOException {
        out.writeStartObject();
        for (Map.Entry<?, ?> field : object.entrySet()) {
            out.writeFieldName((String) field.getKey());
            value(out, field.getValue());
        }
        out.writeEndObject();
    }
}
