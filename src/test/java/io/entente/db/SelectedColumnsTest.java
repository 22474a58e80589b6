package io.entente.db;

import static io.entente.graphql.GraphQLClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Statements read only the columns of the fields a query shows ({@link SelectList}): every field of every type
 * so read must come out the same when it is asked for alone as when it is asked for with all the others, at
 * each place where its rows are read that way. A column left out that a field needs (its own, or the key a
 * nested field is fetched by) shows here as a null or a missing object.
 *
 * <p>The fields are the schema's own, read by introspection, so a field added later is covered too.
 */
@QuarkusTest
class SelectedColumnsTest {

    private static final String FIELDS = """
            query($type: String!) { __type(name: $type) { fields {
                name
                args { type { kind } defaultValue }
                type { kind ofType { kind ofType { kind ofType { kind } } } }
            } } }""";

    /**
     * @param type  the GraphQL type whose rows are read
     * @param query the query, with {@code %s} where the type's fields go
     * @param path  where the type's objects are in the answer, lists flattened
     * @param nulls the type's fields that are null at every such place in the sample data (the current position's
     *              end), compared all the same
     */
    @ParameterizedTest(name = "{0} at {2}")
    @CsvSource(delimiter = '|', value = {
        "Meeting     | { meetings(first: 12) { edges { node { %s } } } }"
                + " | meetings.edges.node |",
        "Meeting     | { country(code: \"RU\") { meetings(first: 6) { edges { node { %s } } } } }"
                + " | country.meetings.edges.node |",
        "Participant | { meetings(first: 12) { edges { node { participants { %s } } } } }"
                + " | meetings.edges.node.participants |",
        "Official    | { meetings(first: 12) { edges { node { participants { official { %s } } } } } }"
                + " | meetings.edges.node.participants.official |",
        "Official    | { officials(first: 12) { edges { node { %s } } } }"
                + " | officials.edges.node |",
        "Official    | { country(code: \"RU\") { officials(activeOn: \"2019-09-09\") { %s } } }"
                + " | country.officials |",
        "Position    | { officials(first: 30) { edges { node { positions { %s } } } } }"
                + " | officials.edges.node.positions |",
        "Position    | { officials(first: 30) { edges { node { currentPosition { %s } } } } }"
                + " | officials.edges.node.currentPosition | endDate",
        "Country     | { countries(first: 12) { edges { node { %s } } } }"
                + " | countries.edges.node |",
        "Country     | { meetings(first: 12) { edges { node { hostCountry { %s } } } } }"
                + " | meetings.edges.node.hostCountry |",
        "Country     | { meetings(first: 12) { edges { node { countries { %s } } } } }"
                + " | meetings.edges.node.countries |",
    })
    void everyFieldReadsTheSameAloneAsWithAllOthers(String type, String query, String path, String nulls) {
        List<String> fields = selectableFields(type);
        String all = String.join(" ", fields);
        List<Map<String, Object>> full = objectsAt(data(query.formatted(all)).getMap("data"), path);
        assertFalse(full.isEmpty(), "the sample data has no " + type + " at " + path);

        for (String field : fields) {
            String name = field.split(" ")[0];
            List<Object> expected = full.stream().map(object -> object.get(name)).toList();
            if (!field.contains("{") && !List.of(String.valueOf(nulls).split(",")).contains(name)) {
                assertTrue(expected.stream().anyMatch(value -> value != null),
                        type + "." + name + " is null everywhere at " + path + ": the check would prove nothing");
            }
            List<Object> alone = objectsAt(data(query.formatted(field)).getMap("data"), path).stream()
                    .map(object -> object.get(name)).toList();
            assertEquals(expected, alone, type + "." + name + " asked for alone at " + path);
        }
    }

    /** The type's fields, each as a selection (composite ones with {@code __typename}), but those with a required argument. */
    private static List<String> selectableFields(String type) {
        List<Map<String, Object>> fields = data(FIELDS, "type", type).getList("data.__type.fields");
        List<String> selections = new ArrayList<>();
        for (Map<String, Object> field : fields) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
            boolean required = args.stream().anyMatch(arg -> "NON_NULL".equals(kindOf(arg.get("type"), false))
                    && arg.get("defaultValue") == null);
            if (required) {
                continue;
            }
            String kind = kindOf(field.get("type"), true);
            boolean composite = kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION");
            selections.add(field.get("name") + (composite ? " { __typename }" : ""));
        }
        assertFalse(selections.isEmpty(), "no fields for " + type);
        return selections;
    }

    /** The kind of a type reference: its own, or with {@code named}, the kind of the type under its wrappers. */
    @SuppressWarnings("unchecked")
    private static String kindOf(Object reference, boolean named) {
        Map<String, Object> type = (Map<String, Object>) reference;
        while (named && type.get("ofType") != null) {
            type = (Map<String, Object>) type.get("ofType");
        }
        return (String) type.get("kind");
    }

    /** The objects at a dotted path of the answer, lists along the way flattened, nulls left out. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objectsAt(Map<String, Object> answer, String path) {
        List<Object> level = List.of(answer);
        for (String step : path.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object value : level) {
                Object child = ((Map<String, Object>) value).get(step);
                if (child instanceof List<?> list) {
                    list.stream().filter(item -> item != null).forEach(next::add);
                } else if (child != null) {
                    next.add(child);
                }
            }
            level = next;
        }
        return level.stream().map(object -> (Map<String, Object>) object).toList();
    }
}
