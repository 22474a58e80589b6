package io.entente.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a setting out of range, naming its environment variable, the bound and the value given:
 * {@code ENTENTE_PAGE_MAX_SIZE must be at least 1 (was 0)}. Runs before every other start-up step of ours.
 */
@ApplicationScoped
public class ConfigCheck {

    private final EntenteConfig config;

    public ConfigCheck(EntenteConfig config) {
        this.config = config;
    }

    void check(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid settings: " + String.join("; ", problems) + ".");
        }
    }

    /** What is wrong with the settings, one sentence each; empty when nothing is. */
    static List<String> problems(EntenteConfig config) {
        List<String> problems = new ArrayList<>();
        atLeastOne(problems, "entente.page.max-size", config.page().maxSize());
        atLeastOne(problems, "entente.page.default-size", config.page().defaultSize());
        if (config.page().defaultSize() > config.page().maxSize()) {
            problems.add(variable("entente.page.default-size") + " must be at most " + variable("entente.page.max-size")
                    + " (" + config.page().maxSize() + ") (was " + config.page().defaultSize() + ")");
        }
        atLeastOne(problems, "entente.limits.max-depth", config.limits().maxDepth());
        atLeastOne(problems, "entente.limits.max-complexity", config.limits().maxComplexity());
        atLeastOne(problems, "entente.limits.max-aliases", config.limits().maxAliases());
        atLeastOne(problems, "entente.limits.max-tokens", config.limits().maxTokens());
        atLeastOne(problems, "entente.limits.max-document-size", config.limits().maxDocumentSize());
        atLeastOne(problems, "entente.import.batch-size", config.importing().batchSize());
        if (config.importing().maxLineSize().asLongValue() < 1024) {
            problems.add(variable("entente.import.max-line-size") + " must be at least 1K (was " + config.importing().maxLineSize().asLongValue()
                    + " bytes)");
        }
        atLeastOne(problems, "entente.live.buffer-size", config.live().bufferSize());
        atLeastOne(problems, "entente.http.batch.max-operations", config.http().batch().maxOperations());
        atLeastOne(problems, "entente.http.apq.max-entries", config.http().apq().maxEntries());
        if (config.http().cache().maxAge() < 0) {
            problems.add(variable("entente.http.cache.max-age") + " must not be negative (was " + config.http().cache().maxAge() + ")");
        }
        if (config.http().compression().minSize() < 0) {
            problems.add(variable("entente.http.compression.min-size") + " must not be negative (was "
                    + config.http().compression().minSize() + ")");
        }
        return problems;
    }

    private static void atLeastOne(List<String> problems, String property, int value) {
        if (value < 1) {
            problems.add(variable(property) + " must be at least 1 (was " + value + ")");
        }
    }

    /** The environment variable of a property, as MicroProfile Config maps them: {@code entente.page.max-size} -> {@code ENTENTE_PAGE_MAX_SIZE}. */
    static String variable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
