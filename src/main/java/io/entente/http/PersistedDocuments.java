package io.entente.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;

import io.entente.config.EntenteConfig;
import io.entente.graphql.ErrorCode;
import io.quarkus.runtime.LaunchMode;

/**
 * Finds the text of an operation sent by reference: an automatic persisted query's SHA-256
 * ({@code extensions.persistedQuery}, Apollo's protocol) or a trusted document's id ({@code documentId}, or
 * {@code doc_id}); registers documents sent with their hash; and, when only trusted documents may run, refuses the
 * others.
 *
 * <p>Apollo Client's link retries with the text on {@code PERSISTED_QUERY_NOT_FOUND} (message
 * {@code PersistedQueryNotFound}) and stops sending hashes on {@code PERSISTED_QUERY_NOT_SUPPORTED}, whatever the
 * HTTP status; the statuses are the ones Apollo's router uses (404 unknown id, 400 not supported, 403 untrusted).
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);

    private final EntenteConfig.Http.Apq apq;
    private final ApqCache cache;
    private final TrustedDocuments trusted;
    private final boolean trustedOnly;
    private final boolean devMode;

    public PersistedDocuments(EntenteConfig config) {
        EntenteConfig.Http settings = config.http();
        this.apq = settings.apq();
        this.cache = new ApqCache(apq.maxEntries(), apq.maxSize());
        this.trusted = TrustedDocuments.load(settings.trustedDocuments().manifest());
        this.trustedOnly = settings.trustedDocuments().required();
        this.devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        if (trusted.size() > 0 || trustedOnly) {
            LOG.infof("Trusted documents: %d from %s%s", trusted.size(),
                    settings.trustedDocuments().manifest().orElse("no manifest"),
                    trustedOnly ? (devMode ? "; only they would run, but dev mode runs any (GraphiQL)" : "; only they run") : "");
        }
    }

    /** The operation with its document's text, or a refusal. */
    Operation resolve(Operation operation) {
        Operation resolved = withText(operation);
        if (trustedOnly && !trusted.contains(resolved.query()) && !fromManifest(operation)) {
            if (!devMode) {
                throw new Refusal(403, ErrorCode.DOCUMENT_NOT_TRUSTED, "This server runs only its trusted documents"
                        + " (ENTENTE_HTTP_TRUSTED_DOCUMENTS_REQUIRED), and this document is not one of them: send a"
                        + " document of the manifest, or its id.");
            }
            LOG.warnf("Not a trusted document; run because this is dev mode: %s", resolved.query());
        }
        String hash = hash(operation);
        if (hash != null && operation.query() != null && apq.enabled()) {
            cache.put(hash, operation.query());
        }
        return resolved;
    }

    private Operation withText(Operation operation) {
        if (operation.documentId() != null) {
            String text = trusted.byId(operation.documentId());
            if (text == null) {
                throw new Refusal(404, ErrorCode.PERSISTED_QUERY_NOT_FOUND,
                        "No trusted document has the id " + operation.documentId() + ".");
            }
            return operation.withQuery(text);
        }
        String hash = hash(operation);
        if (hash == null) {
            return operation;
        }
        Object version = operation.extensions().getJsonObject("persistedQuery").get("version");
        if (!(version instanceof jakarta.json.JsonNumber number) || number.intValue() != 1) {
            throw Refusal.badRequest("Only version 1 of persisted queries is supported.");
        }
        String manifest = trusted.byId(hash);
        if (operation.query() != null) {
            if (!sha256(operation.query()).equalsIgnoreCase(hash)) {
                throw Refusal.badRequest("provided sha does not match query");
            }
            return operation;
        }
        if (manifest != null) {
            return operation.withQuery(manifest);
        }
        if (!apq.enabled()) {
            throw new Refusal(400, ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported");
        }
        String stored = cache.get(hash);
        if (stored == null) {
            throw new Refusal(404, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
        }
        return operation.withQuery(stored);
    }

    private boolean fromManifest(Operation operation) {
        String hash = hash(operation);
        return operation.query() == null && (operation.documentId() != null || hash != null && trusted.byId(hash) != null);
    }

    /** The SHA-256 of {@code extensions.persistedQuery}, or null; a malformed one is refused. */
    static String hash(Operation operation) {
        JsonObject extensions = operation.extensions();
        JsonValue persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null || persisted.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (persisted.getValueType() != JsonValue.ValueType.OBJECT
                || !(persisted.asJsonObject().get("sha256Hash") instanceof jakarta.json.JsonString hash)
                || !hash.getString().matches("[0-9a-fA-F]{64}")) {
            throw Refusal.badRequest("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.");
        }
        return hash.getString().toLowerCase();
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int registered() {
        return cache.size();
    }
}
