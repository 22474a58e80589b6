package io.entente;

import io.entente.bloc.BlocGraphQL;
import io.entente.event.EventGraphQL;
import io.entente.meeting.MeetingGraphQL;
import io.entente.official.OfficialGraphQL;
import io.entente.sanction.SanctionLinksGraphQL;
import io.entente.sanction.SanctionRegimeGraphQL;
import io.entente.statement.StatementGraphQL;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The API classes with batch methods ({@code @Source List<...>}), which {@code io.entente.graphql.engine.BatchFields}
 * finds and calls by reflection: registered here so that a native image keeps their methods, parameters and
 * annotations. {@code BatchMethodClassesTest} fails when an API class with batch methods is missing.
 */
@RegisterForReflection(targets = { BlocGraphQL.class, EventGraphQL.class, MeetingGraphQL.class, OfficialGraphQL.class,
        SanctionLinksGraphQL.class, SanctionRegimeGraphQL.class, StatementGraphQL.class }, methods = true)
public final class BatchMethodClasses {

    private BatchMethodClasses() {
    }
}
