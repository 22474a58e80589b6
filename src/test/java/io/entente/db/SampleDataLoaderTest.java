package io.entente.db;

import static io.entente.graphql.GraphQLClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The sample data is loaded once into an empty database, and loading again changes nothing. */
@QuarkusTest
class SampleDataLoaderTest {

    private static final String COUNTS = "{ countries { totalCount } meetings { totalCount } events { totalCount }"
            + " sanctionRegimes { totalCount } officials { totalCount } }";

    @Inject
    SampleDataLoader loader;

    @Test
    void loadingIntoADatabaseThatHasDataChangesNothing() {
        String before = data(COUNTS).prettify();
        assertFalse(loader.loadIfEmpty().await().indefinitely());
        assertEquals(before, data(COUNTS).prettify());
    }

    @Test
    void theSampleHasEveryIsoCountry() {
        assertEquals(249, data(COUNTS).getInt("data.countries.totalCount"));
    }
}
