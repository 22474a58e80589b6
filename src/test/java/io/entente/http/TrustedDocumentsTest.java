package io.entente.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A server locked down to its trusted documents ({@code ENTENTE_HTTP_TRUSTED_DOCUMENTS_REQUIRED=true}), with a manifest
 * in the format GraphQL Code Generator's client preset and relay-compiler write ({@code src/test/resources/
 * trusted-documents.json}: one sha256 id, one md5 id), and automatic persisted queries turned off.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.LockedDown.class)
class TrustedDocumentsTest {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.http.trusted-documents.manifest",
                    Path.of("src/test/resources/trusted-documents.json").toAbsolutePath().toString(),
                    "entente.http.trusted-documents.required", "true",
                    "entente.http.apq.enabled", "false");
        }
    }

    private static final String COUNTRY_NAME = "5b740a564c88439236e7986a687497031bb503dabd14bc915a38e7a738e06d12";
    private static final String BLOC_CODE = "f81d8190e765050b9474395533709872";

    @Test
    void aManifestDocumentRunsByItsId() {
        assertEquals("France", post(Map.of("documentId", COUNTRY_NAME, "variables", Map.of("code", "FR")))
                .then().statusCode(200).extract().jsonPath().getString("data.country.name"));
        assertEquals("EU", post(Map.of("doc_id", BLOC_CODE)).then().statusCode(200).extract().jsonPath()
                .getString("data.bloc.code"));
        assertEquals("EU", given().queryParam("documentId", BLOC_CODE).get("/graphql").then().statusCode(200)
                .extract().jsonPath().getString("data.bloc.code"));
    }

    @Test
    void aManifestDocumentRunsByItsPersistedQueryHashAndByItsText() {
        assertEquals("Germany", post(Map.of("extensions", PersistedQueriesTest.extensions(COUNTRY_NAME),
                "variables", Map.of("code", "DE"))).then().statusCode(200).extract().jsonPath().getString("data.country.name"));
        assertEquals("EU", post(Map.of("query", "query BlocCode { bloc(code: \"EU\") { code } }")).then().statusCode(200)
                .extract().jsonPath().getString("data.bloc.code"));
    }

    @Test
    void anyOtherDocumentIsRefused() {
        Response refused = post(Map.of("query", "{ country(code: \"FR\") { name } }"));
        assertEquals(403, refused.statusCode());
        GraphQLOverHttpTest.assertRefused(refused, "DOCUMENT_NOT_TRUSTED", "only its trusted documents");
        Response overGet = given().queryParam("query", "query BlocCode { bloc(code: \"EU\") { name } }").get("/graphql");
        assertEquals(403, overGet.statusCode());
        GraphQLOverHttpTest.assertRefused(overGet, "DOCUMENT_NOT_TRUSTED", "only its trusted documents");
    }

    @Test
    void unknownIdsAreNotFoundAndHashesNotSupportedWithoutAutomaticPersistedQueries() {
        Response unknownId = post(Map.of("documentId", BLOC_CODE.replace('f', 'e')));
        assertEquals(404, unknownId.statusCode());
        GraphQLOverHttpTest.assertRefused(unknownId, "PERSISTED_QUERY_NOT_FOUND", "No trusted document has the id");
        Response unknownHash = post(Map.of("extensions",
                PersistedQueriesTest.extensions(PersistedDocuments.sha256("{ __typename }"))));
        assertEquals(400, unknownHash.statusCode());
        GraphQLOverHttpTest.assertRefused(unknownHash, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/graphql").then().extract().response();
    }
}
