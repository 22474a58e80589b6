package io.entente.statement;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatementMutationsTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class StatementMutationsIT extends StatementMutationsTest {
}
