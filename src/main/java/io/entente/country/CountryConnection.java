package io.entente.country;

import org.eclipse.microprofile.graphql.Description;

import io.entente.graphql.Connection;
import io.entente.graphql.Page;

/** A page of countries. */
@Description("A page of countries.")
public class CountryConnection extends Connection<Country> {

    CountryConnection(Page<Country> page) {
        super(page);
    }
}
