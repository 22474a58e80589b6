package io.entente.db;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SelectedColumnsTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class SelectedColumnsIT extends SelectedColumnsTest {
}
