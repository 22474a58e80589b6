package io.entente.timeline;

import io.entente.db.EmbeddedDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TimelineGraphQLTest}'s cases against the packaged application (the native executable with -Dnative). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class TimelineGraphQLIT extends TimelineGraphQLTest {
}
