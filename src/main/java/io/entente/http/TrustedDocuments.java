package io.entente.http;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The documents of a manifest, by id. The format is the one GraphQL Code Generator's client preset
 * ({@code persistedDocuments: true}, {@code persisted-documents.json}) and relay-compiler ({@code persistConfig.file})
 * both write: a JSON object from each document's id (a hash of its text) to the text.
 */
final class TrustedDocuments {

    static final TrustedDocuments NONE = new TrustedDocuments(Map.of());

    private final Map<String, String> byId;
    private final Set<String> texts;

    private TrustedDocuments(Map<String, String> byId) {
        this.byId = byId;
        this.texts = new HashSet<>(byId.values());
    }

    /** The manifest at the path, or none; a file that cannot be read as a manifest stops start-up, naming it. */
    static TrustedDocuments load(Optional<String> path) {
        if (path.isEmpty() || path.get().isBlank()) {
            return NONE;
        }
        String text;
        try {
            text = Files.readString(Path.of(path.get()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("ENTENTE_HTTP_TRUSTED_DOCUMENTS_MANIFEST: cannot read " + path.get() + " ("
                    + e.getMessage() + ")");
        }
        return parse(text, path.get());
    }

    static TrustedDocuments parse(String manifest, String name) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(manifest))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("ENTENTE_HTTP_TRUSTED_DOCUMENTS_MANIFEST: " + name
                    + " is not a JSON object from document id to document text");
        }
        Map<String, String> byId = new HashMap<>();
        for (var entry : object.entrySet()) {
            if (entry.getValue().getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalStateException("ENTENTE_HTTP_TRUSTED_DOCUMENTS_MANIFEST: in " + name + ", the value of "
                        + entry.getKey() + " is not a document text");
            }
            byId.put(entry.getKey(), object.getString(entry.getKey()));
        }
        return new TrustedDocuments(Map.copyOf(byId));
    }

    String byId(String id) {
        return byId.get(id);
    }

    boolean contains(String document) {
        return texts.contains(document);
    }

    int size() {
        return byId.size();
    }
}
