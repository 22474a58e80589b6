package io.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Every API class with batch methods is registered for reflection, or a native image would lose its batch fields. */
class BatchMethodClassesTest {

    @Test
    void everyClassWithBatchMethodsIsRegistered() throws IOException {
        Set<String> withBatchMethods;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/entente"))) {
            withBatchMethods = sources.filter(path -> path.toString().endsWith("GraphQL.java"))
                    .filter(path -> contains(path, "@Source List<"))
                    .map(path -> path.getFileName().toString().replace(".java", ""))
                    .collect(Collectors.toSet());
        }
        Set<String> registered = Arrays.stream(BatchMethodClasses.class.getAnnotation(RegisterForReflection.class).targets())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(withBatchMethods, registered);
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
