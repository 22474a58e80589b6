package io.entente.importer;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ImportLinesTest}'s cases against the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class ImportLinesIT extends ImportLinesTest {
}
