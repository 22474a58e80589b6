package io.entente.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.StaticDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.smallrye.mutiny.Uni;

/**
 * The short ways for plain fields and for batch fields (a parent joining the batch an earlier parent made) must not
 * change a single answer: every case below is run with graphql-java's
 * own strategy and with {@link PlainFieldsStrategy}, and the results (data, errors with their paths and
 * messages) must be the same.
 */
class PlainFieldsStrategyTest {

    private static final String SDL = """
            type Query { meetings: [Meeting] first: Meeting! hosts: [Country] }
            enum Format { BILATERAL SUMMIT }
            type Meeting {
              title: String!
              city: String
              startDate: Date
              format: Format!
              participants: Int
              badCount: Int
              nullTitle: String!
              withEnvironment: String
              host: Country
              tags: [String]
              delegations: [Country]
              requiredHost: Country!
              batchHost: Country
              batchRequiredHost: Country!
              batchDelegations: [Country]
              batchTitle(prefix: String): String
              batchFailing: String
              batchFailingLater: String
            }
            type Country { name: String! alpha2: String capital: City requiredCapital: City! }
            type City { name: String! population: Int }
            scalar Date
            """;

    /** A source object as the API classes have them: public fields, and a getter that wants the environment. */
    public static class Meeting {
        public String title;
        public String city;
        public LocalDate startDate;
        public Format format;
        public Integer participants;
        public Object badCount;
        public String nullTitle;
        public Optional<Country> host;
        public List<String> tags;
        public List<Country> delegations;
        public Country requiredHost;

        Meeting(String title, String city, LocalDate startDate, Format format, Integer participants, Object badCount,
                String nullTitle, Country host) {
            this.title = title;
            this.city = city;
            this.startDate = startDate;
            this.format = format;
            this.participants = participants;
            this.badCount = badCount;
            this.nullTitle = nullTitle;
            this.host = Optional.ofNullable(host);
            this.tags = host == null ? null : Arrays.asList("peace", null, host.name());
            this.delegations = host == null ? null : Arrays.asList(host, null, new Country(null, "ZZ"));
            this.requiredHost = host;
        }

        public String getWithEnvironment(DataFetchingEnvironment environment) {
            return title + " at " + environment.getField().getName();
        }
    }

    public record Country(String name, String alpha2, City capital) {

        Country(String name, String alpha2) {
            this(name, alpha2, name == null ? null : new City(name + " City", name.length() * 1000));
        }

        public City requiredCapital() {
            return capital;
        }
    }

    public record City(String name, Integer population) {
    }

    /** Batch methods, as the API classes have them, resolved by {@link BatchFields}' fetchers. */
    public static class MeetingBatches {
        public List<Country> batchHost(List<Meeting> meetings) {
            return meetings.stream().map(meeting -> meeting.host.orElse(null)).toList();
        }

        public List<Country> batchRequiredHost(List<Meeting> meetings) {
            return batchHost(meetings);
        }

        public List<List<Country>> batchDelegations(List<Meeting> meetings) {
            return meetings.stream().map(meeting -> meeting.delegations).toList();
        }

        public List<String> batchTitle(List<Meeting> meetings, String prefix) {
            return meetings.stream().map(meeting -> prefix + meeting.title).toList();
        }

        public List<String> batchFailing(List<Meeting> meetings) {
            throw new IllegalStateException("no titles for " + meetings.size() + " meeting(s)");
        }

        public Uni<List<String>> batchFailingLater(List<Meeting> meetings) {
            return Uni.createFrom().failure(new IllegalStateException("the statement failed"));
        }
    }

    public enum Format {
        BILATERAL, SUMMIT
    }

    private static final List<Meeting> MEETINGS = List.of(
            new Meeting("Helsinki talks", "Helsinki", LocalDate.of(1975, 8, 1), Format.SUMMIT, 35, 3, "x",
                    new Country("Finland", "FI")),
            new Meeting("Camp David", null, null, Format.BILATERAL, null, "not a number", "y", new Country("United States", null)),
            new Meeting("Dayton", "Dayton", LocalDate.of(1995, 11, 21), Format.SUMMIT, 3, null, null, null));

    private static final List<Country> HOSTS = List.of(new Country("Finland", "FI"), new Country(null, "XX"),
            new Country("Nowhere", null), new Country("Atlantis", "AT", null));

    @Test
    void valuesNullsAndAliasesAreTheSame() {
        assertSameAnswer("{ meetings { title city startDate format participants t: title c: city host { name alpha2 } } }");
    }

    @Test
    void plainListsAndObjectsWithNullsInsideAreTheSame() {
        ExecutionResult ours = assertSameAnswer("{ meetings { tags delegations { alpha2 } host { alpha2 } } first { tags } }");
        assertTrue(ours.getErrors().isEmpty(), ours.getErrors().toString());
    }

    @Test
    void aNullInANonNullPlainObjectOrInsideAPlainListGivesTheSameErrors() {
        ExecutionResult ours = assertSameAnswer("{ meetings { title requiredHost { alpha2 } } }");
        assertEquals(List.of("meetings", 2, "requiredHost"), ours.getErrors().get(0).getPath());
        ExecutionResult inList = assertSameAnswer("{ meetings { delegations { name } } }");
        assertEquals(List.of("meetings", 0, "delegations", 2, "name"), inList.getErrors().get(0).getPath());
    }

    @Test
    void objectsOfPlainFieldsAreTheSameWithAliasesNullsAndTypeNames() {
        assertSameAnswer("{ hosts { name alpha2 n: name } a: hosts { alpha2 } b: hosts { __typename name } }");
    }

    @Test
    void aNullInANonNullFieldOfAnObjectOfPlainFieldsNullsTheObjectWithTheSameError() {
        assertSameAnswerWithOneErrorAt("{ hosts { name } }", "hosts", 1, "name");
    }

    @Test
    void objectsOfPlainObjectsAreTheSameAtEveryDepthWithAliasesNullsAndTypeNames() {
        ExecutionResult ours = assertSameAnswer("""
                { hosts { alpha2 capital { name population __typename } c: capital { name } }
                  meetings { host { __typename capital { name } } } first { host { capital { population } } } }""");
        assertTrue(ours.getErrors().isEmpty(), ours.getErrors().toString());
    }

    @Test
    void aNullInANonNullPlainObjectInsideAnObjectGivesTheSameErrors() {
        ExecutionResult ours = assertSameAnswer("{ hosts { alpha2 requiredCapital { name } } }");
        assertEquals(List.of(List.of("hosts", 1, "requiredCapital"), List.of("hosts", 3, "requiredCapital")),
                ours.getErrors().stream().map(error -> error.getPath()).toList());
    }

    @Test
    void nestedSelectionsWithFragmentsDirectivesAndMergedFieldsAreTheSame() {
        for (boolean skip : List.of(true, false)) {
            assertSameAnswer("""
                    query($skip: Boolean!) {
                      hosts { alpha2 ... on Country { capital { name population @skip(if: $skip) } } ...capital }
                      meetings { host { capital @include(if: $skip) { name } } } }
                    fragment capital on Country { capital { __typename n: name } }""", Map.of("skip", skip));
        }
    }

    @Test
    void aNullInANonNullFieldNullsItsParentWithTheSameError() {
        assertSameAnswerWithOneErrorAt("{ meetings { title nullTitle } }", "meetings", 2, "nullTitle");
    }

    @Test
    void aValueThatDoesNotSerializeGivesTheSameError() {
        assertSameAnswerWithOneErrorAt("{ meetings { title badCount } }", "meetings", 1, "badCount");
    }

    @Test
    void typeNamesFragmentsAndDirectivesAreTheSame() {
        assertSameAnswer("""
                query($skip: Boolean!) { first { __typename ... on Meeting { title } city @skip(if: $skip) format @include(if: $skip) }
                  meetings { ...parts } }
                fragment parts on Meeting { startDate title }""", Map.of("skip", true));
    }

    @Test
    void aGetterThatWantsTheEnvironmentStillGetsIt() {
        ExecutionResult ours = assertSameAnswer("{ first { withEnvironment } }");
        assertEquals(Map.of("first", Map.of("withEnvironment", "Helsinki talks at withEnvironment")), ours.getData());
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchFieldsGiveTheSameValuesNullsAndListsWhenLaterParentsJoinTheBatch() {
        ExecutionResult ours = assertSameAnswer("""
                { meetings { title batchHost { name alpha2 } batchDelegations { alpha2 } t: batchTitle(prefix: "On ") } }""");
        Map<String, List<Map<String, Object>>> data = ours.getData();
        assertEquals("On Camp David", data.get("meetings").get(1).get("t"));
    }

    @Test
    void aNullFromABatchForANonNullFieldNullsItsParentWithTheSameError() {
        assertSameAnswerWithOneErrorAt("{ meetings { title batchRequiredHost { name } } }", "meetings", 2, "batchRequiredHost");
    }

    @Test
    void aFailedBatchGivesTheSameErrorAtEveryParent() {
        ExecutionResult thrown = assertSameAnswer("{ meetings { title batchFailing } }");
        assertEquals(3, thrown.getErrors().size(), thrown.getErrors().toString());
        assertEquals(List.of("meetings", 2, "batchFailing"), thrown.getErrors().get(2).getPath());
        ExecutionResult later = assertSameAnswer("{ meetings { title batchFailingLater } }");
        assertEquals(3, later.getErrors().size(), later.getErrors().toString());
    }

    private static void assertSameAnswerWithOneErrorAt(String query, Object... path) {
        ExecutionResult ours = assertSameAnswer(query);
        assertEquals(1, ours.getErrors().size(), ours.getErrors().toString());
        assertEquals(List.of(path), ours.getErrors().get(0).getPath());
    }

    private static ExecutionResult assertSameAnswer(String query) {
        return assertSameAnswer(query, Map.of());
    }

    private static ExecutionResult assertSameAnswer(String query, Map<String, Object> variables) {
        GraphQLSchema schema = schema();
        ExecutionResult usual = run(schema, new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query, variables);
        ExecutionResult ours = run(schema, PlainFieldsStrategy.of(schema, new SimpleDataFetcherExceptionHandler()), query, variables);
        assertTrue(usual.isDataPresent(), "the query ran: " + usual.getErrors());
        assertEquals(usual.toSpecification(), ours.toSpecification());
        return ours;
    }

    private static ExecutionResult run(GraphQLSchema schema, ExecutionStrategy strategy, String query, Map<String, Object> variables) {
        GraphQL engine = GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(strategy)
                .instrumentation(OperationInstrumentation.of())
                .build();
        return engine.execute(ExecutionInput.newExecutionInput(query).variables(variables)
                .dataLoaderRegistry(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY));
    }

    private static TypeRuntimeWiring.Builder properties(TypeRuntimeWiring.Builder type, String... fields) {
        for (String field : fields) {
            type.dataFetcher(field, new PropertyReader(field));
        }
        return type;
    }

    /** Plain properties are read by {@link PropertyReader}, as {@link PlainFields} sets them up. */
    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.Date)
                .type("Query", type -> type.dataFetcher("meetings", new StaticDataFetcher(MEETINGS))
                        .dataFetcher("first", new StaticDataFetcher(MEETINGS.get(0)))
                        .dataFetcher("hosts", new StaticDataFetcher(HOSTS)))
                .type("Meeting", type -> properties(type, "title", "city", "startDate", "format", "participants", "badCount",
                        "nullTitle", "withEnvironment", "host", "tags", "delegations", "requiredHost"))
                .type("Country", type -> properties(type, "name", "alpha2", "capital", "requiredCapital"))
                .type("City", type -> properties(type, "name", "population"))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        MeetingBatches batches = new MeetingBatches();
        return DataFetchers.replace(schema, (type, field, current) -> {
            if (!field.getName().startsWith("batch")) {
                return null;
            }
            Method method = Arrays.stream(MeetingBatches.class.getMethods())
                    .filter(candidate -> candidate.getName().equals(field.getName())).findFirst().orElseThrow();
            return BatchFields.fetcher(type, field, batches, method);
        });
    }
}
