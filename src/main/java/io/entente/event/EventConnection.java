package io.entente.event;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Connection;
import io.entente.paging.Page;

/** A page of events. */
@Description("A page of events.")
public class EventConnection extends Connection<Event> {

    EventConnection(Page<Event> page) {
        super(page);
    }
}
