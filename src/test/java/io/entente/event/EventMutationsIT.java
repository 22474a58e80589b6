package io.entente.event;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EventMutationsTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class EventMutationsIT extends EventMutationsTest {
}
