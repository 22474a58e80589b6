package io.entente.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Settings out of range are named by their environment variable, with the bound and the value given. */
class ConfigCheckTest {

    @Test
    void theDefaultsAreValid() {
        EntenteConfig defaults = TestSettings.of();
        assertEquals(List.of(), ConfigCheck.problems(defaults));
        assertEquals(20, defaults.page().defaultSize());
        assertEquals(100, defaults.page().maxSize());
        assertEquals(12, defaults.limits().maxDepth());
        assertEquals(50000, defaults.limits().maxComplexity());
        assertEquals(30, defaults.limits().maxAliases());
        assertEquals(5000, defaults.limits().maxTokens());
        assertEquals(20000, defaults.limits().maxDocumentSize());
        assertEquals(500, defaults.importing().batchSize());
        assertEquals(1024 * 1024, defaults.importing().maxLineSize().asLongValue());
        assertEquals(256, defaults.live().bufferSize());
        assertEquals(true, defaults.writes().enabled());
        assertEquals(false, defaults.reads().requireAuthentication());
        assertEquals(10, defaults.http().batch().maxOperations());
        assertEquals(5, defaults.http().cache().maxAge());
        assertEquals(1024, defaults.http().compression().minSize());
        assertEquals(true, defaults.http().apq().enabled());
        assertEquals(1000, defaults.http().apq().maxEntries());
        assertEquals(2000000, defaults.http().apq().maxSize());
        assertEquals(false, defaults.http().trustedDocuments().required());
    }

    @Test
    void theHttpSettingsAreChecked() {
        assertEquals(List.of("ENTENTE_HTTP_BATCH_MAX_OPERATIONS must be at least 1 (was 0)",
                "ENTENTE_HTTP_APQ_MAX_ENTRIES must be at least 1 (was 0)",
                "ENTENTE_HTTP_CACHE_MAX_AGE must not be negative (was -1)",
                "ENTENTE_HTTP_COMPRESSION_MIN_SIZE must not be negative (was -1)"),
                ConfigCheck.problems(TestSettings.of("entente.http.batch.max-operations", "0", "entente.http.apq.max-entries", "0",
                        "entente.http.cache.max-age", "-1", "entente.http.compression.min-size", "-1")));
    }

    @Test
    void aSizeBelowOneIsNamedByItsVariable() {
        assertEquals(List.of("ENTENTE_PAGE_MAX_SIZE must be at least 1 (was 0)",
                "ENTENTE_PAGE_DEFAULT_SIZE must be at most ENTENTE_PAGE_MAX_SIZE (0) (was 20)"),
                ConfigCheck.problems(TestSettings.of("entente.page.max-size", "0")));
        assertEquals(List.of("ENTENTE_LIMITS_MAX_DEPTH must be at least 1 (was -3)"),
                ConfigCheck.problems(TestSettings.of("entente.limits.max-depth", "-3")));
        assertEquals(List.of("ENTENTE_IMPORT_BATCH_SIZE must be at least 1 (was 0)", "ENTENTE_LIVE_BUFFER_SIZE must be at least 1 (was 0)"),
                ConfigCheck.problems(TestSettings.of("entente.import.batch-size", "0", "entente.live.buffer-size", "0")));
    }

    @Test
    void theImportsLineLimitTakesSuffixesAndIsAtLeastOneKilobyte() {
        assertEquals(64 * 1024, TestSettings.of("entente.import.max-line-size", "64K").importing().maxLineSize().asLongValue());
        assertEquals(List.of("ENTENTE_IMPORT_MAX_LINE_SIZE must be at least 1K (was 100 bytes)"),
                ConfigCheck.problems(TestSettings.of("entente.import.max-line-size", "100")));
    }

    @Test
    void everyLimitIsChecked() {
        for (String limit : List.of("max-depth", "max-complexity", "max-aliases", "max-tokens", "max-document-size")) {
            String variable = "ENTENTE_LIMITS_" + limit.replace('-', '_').toUpperCase();
            assertEquals(List.of(variable + " must be at least 1 (was 0)"),
                    ConfigCheck.problems(TestSettings.of("entente.limits." + limit, "0")));
        }
    }

    @Test
    void theDefaultPageSizeMustFitTheLargest() {
        assertEquals(List.of("ENTENTE_PAGE_DEFAULT_SIZE must be at most ENTENTE_PAGE_MAX_SIZE (10) (was 20)"),
                ConfigCheck.problems(TestSettings.of("entente.page.max-size", "10")));
        assertEquals(List.of(), ConfigCheck.problems(TestSettings.of("entente.page.max-size", "10", "entente.page.default-size", "10")));
    }
}
