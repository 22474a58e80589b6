package io.entente.http;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PersistedQueriesTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class PersistedQueriesIT extends PersistedQueriesTest {
}
