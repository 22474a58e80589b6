package io.entente.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;

/** {@link PropertyReader} reads what graphql-java's property fetcher would read, in the same order. */
class PropertyReaderTest {

    public static class Entity {
        public String title = "field";
        public boolean active = true;
        public String city = "Vienna";

        public String getTitle() {
            return "getter";
        }

        public boolean isActive() {
            return false;
        }

        public String getBroken() {
            throw new IllegalStateException("broken getter");
        }
    }

    public record Summit(String name, int year) {
    }

    @Test
    void aGetterComesBeforeAPublicField() throws Exception {
        assertEquals("getter", read("title", new Entity()));
        assertEquals(false, read("active", new Entity()));
    }

    @Test
    void aPublicFieldIsReadWithoutAGetter() throws Exception {
        assertEquals("Vienna", read("city", new Entity()));
    }

    @Test
    void aRecordIsReadThroughItsAccessors() throws Exception {
        assertEquals("Helsinki", read("name", new Summit("Helsinki", 1975)));
        assertEquals(1975, read("year", new Summit("Helsinki", 1975)));
    }

    @Test
    void whatItCannotReadDirectlyIsReadByGraphqlJava() throws Exception {
        assertEquals("from a map", read("name", Map.of("name", "from a map")));
        assertNull(read("nothing", new Entity()));
        assertNull(read("name", null));
    }

    @Test
    void aGetterThatFailsFailsWithItsOwnException() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> read("broken", new Entity()));
        assertEquals("broken getter", failure.getMessage());
    }

    private static Object read(String property, Object source) throws Exception {
        GraphQLFieldDefinition definition = GraphQLFieldDefinition.newFieldDefinition().name(property)
                .type(Scalars.GraphQLString).build();
        return new PropertyReader(property).get(definition, source, () -> null);
    }
}
