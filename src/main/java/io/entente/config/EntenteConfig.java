package io.entente.config;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every {@code entente.*} setting, one group per concern; each is also an environment variable
 * ({@code entente.page.max-size} is {@code ENTENTE_PAGE_MAX_SIZE}) and listed in the README's configuration table.
 * {@link ConfigCheck} refuses start-up on a value out of range, naming the variable. A feature with settings of its
 * own adds a group here rather than reading a key of its own.
 */
@ConfigMapping(prefix = "entente")
public interface EntenteConfig {

    Page page();

    Limits limits();

    Writes writes();

    Reads reads();

    @WithName("import")
    Import importing();

    Live live();

    SampleData sampleData();

    EmbeddedDatabase embeddedDatabase();

    Database database();

    Http http();

    /**
     * Whether the dev-only database password of {@code k8s/overlays/dev} may be used (only that overlay sets it);
     * see {@code io.entente.ops.DevOnlySecretsGuard}.
     */
    @WithDefault("false")
    boolean allowDevOnlySecrets();

    /** Connections' page sizes ({@code first}, {@code last}). */
    interface Page {

        /** The size of a page when {@code first} (or {@code last}) is not given. */
        @WithDefault("20")
        int defaultSize();

        /** The largest {@code first} or {@code last} accepted. */
        @WithDefault("100")
        int maxSize();
    }

    /** The cost limits every query must stay within (see {@code io.entente.graphql.QueryLimitsInstrumentation}). */
    interface Limits {

        /** Nesting levels of fields, the root field being level 1. */
        @WithDefault("12")
        int maxDepth();

        /** Estimated fields resolved: page sizes multiply down the tree. */
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

    interface Writes {

        /** Whether mutations and imports are accepted (with a token); false for a read-only server. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Reads {

        /** Whether queries and subscriptions also need a valid token (any role). */
        @WithDefault("false")
        boolean requireAuthentication();
    }

    interface Import {

        /** Lines the bulk import commits per transaction. */
        @WithDefault("500")
        int batchSize();

        /** The longest line the bulk import reads; a longer one is skipped to its end and reported, the others imported. */
        @WithDefault("1M")
        MemorySize maxLineSize();

        // The import's own statement timeout goes here when the application gets statement timeouts (see Importer).
    }

    interface Live {

        /** Changes a live subscription may fall behind before it ends with {@code CONFLICT}. */
        @WithDefault("256")
        int bufferSize();
    }

    interface SampleData {

        /** Whether the sample data is loaded at start-up into a database without countries (application.properties: on but in prod). */
        @WithDefault("false")
        boolean load();
    }

    interface EmbeddedDatabase {

        /**
         * Dev and test: whether PostgreSQL is embedded when no datasource URL is set. Read by
         * {@code io.entente.db.EmbeddedDatabaseConfigSourceFactory} while the configuration is being built, before any
         * mapping exists; here so that the setting is known and documented with the others.
         */
        @WithDefault("true")
        boolean enabled();
    }

    /** What the application found out about its database; not a setting. */
    interface Database {

        /** True when the embedded server's configuration source answered the datasource URL. */
        @WithDefault("false")
        boolean embedded();
    }

    /**
     * The GraphQL-over-HTTP endpoint ({@code io.entente.http}): batches, caching, compression, automatic persisted
     * queries and trusted documents.
     */
    interface Http {

        Batch batch();

        Cache cache();

        Compression compression();

        Apq apq();

        TrustedDocuments trustedDocuments();

        /** Several operations in one POST, as a JSON array. */
        interface Batch {

            /** The most operations one array may hold; 1 turns batching off. */
            @WithDefault("10")
            int maxOperations();
        }

        /** HTTP caching of anonymous GET queries. */
        interface Cache {

            /** Seconds browsers and shared caches may reuse an answer ({@code Cache-Control: max-age}); 0 disables. */
            @WithDefault("5")
            int maxAge();
        }

        interface Compression {

            /** Answers at least this long are compressed when the client accepts it; shorter ones gain nothing. */
            @WithDefault("1024")
            int minSize();
        }

        /** Apollo's automatic persisted queries: a client sends a document's SHA-256 instead of its text. */
        interface Apq {

            /** False: hashes are refused with PERSISTED_QUERY_NOT_SUPPORTED, and Apollo's link stops sending them. */
            @WithDefault("true")
            boolean enabled();

            /** Documents remembered at most (the least recently used goes first). */
            @WithDefault("1000")
            int maxEntries();

            /** Characters of documents remembered at most, all together. */
            @WithDefault("2000000")
            long maxSize();
        }

        /** Documents known in advance, from a manifest written by a build tool (GraphQL Code Generator, relay-compiler). */
        interface TrustedDocuments {

            /** The manifest: a JSON object from document id to document text. */
            Optional<String> manifest();

            /** True: only the manifest's documents run (dev mode still runs others, with a warning, for GraphiQL). */
            @WithDefault("false")
            boolean required();
        }
    }
}
