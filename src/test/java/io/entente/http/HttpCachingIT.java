package io.entente.http;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HttpCachingTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class HttpCachingIT extends HttpCachingTest {
}
