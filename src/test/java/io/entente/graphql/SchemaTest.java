package io.entente.graphql;

import static io.entente.graphql.GraphQLClient.data;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.text.MatchesPattern.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a frontend developer explores first: the SDL, GraphiQL, GET queries, and a description everywhere. */
@QuarkusTest
class SchemaTest {

    private static final String TYPES = """
            { __schema { types {
                name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name }
            } } }""";

    @Test
    void everyTypeFieldArgumentAndInputFieldHasADescription() {
        JsonPath schema = data(TYPES);
        List<Map<String, Object>> types = schema.getList("data.__schema.types");
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            if (blank(type.get("description"))) {
                missing.add(name);
            }
            for (String list : new String[] { "fields", "inputFields" }) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get(list);
                if (fields == null) {
                    continue;
                }
                for (Map<String, Object> field : fields) {
                    if (blank(field.get("description"))) {
                        missing.add(name + "." + field.get("name"));
                    }
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
                    for (Map<String, Object> arg : args == null ? List.<Map<String, Object>>of() : args) {
                        if (blank(arg.get("description"))) {
                            missing.add(name + "." + field.get("name") + "(" + arg.get("name") + ")");
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "without description: " + missing);
    }

    @Test
    void theSdlIsServedWithTheContractsRootFieldsAndUnions() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(matchesPattern("(?s).*\\n  node\\([^)]*\\bid: ID!\\s*\\): Node\\n.*"))
                .body(containsString("timeline("))
                .body(containsString("union TimelineEntry = Event | Meeting | SanctionStatusChange"))
                .body(containsString("union SearchResult ="))
                .body(containsString("union SanctionIssuer = Bloc | Country"))
                .body(containsString("interface Node"));
    }

    @Test
    void queriesWorkOverGetAsWellAsPost() {
        given().queryParam("query", "{ country(code: \"FR\") { name alpha3 } }")
                .accept("application/json")
                .when().get("/graphql")
                .then().statusCode(200)
                .body(containsString("\"name\":\"France\""))
                .body(containsString("\"alpha3\":\"FRA\""));
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    private static boolean blank(Object text) {
        return text == null || text.toString().isBlank();
    }
}
