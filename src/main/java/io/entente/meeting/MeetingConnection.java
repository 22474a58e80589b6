package io.entente.meeting;

import org.eclipse.microprofile.graphql.Description;

import io.entente.graphql.Connection;
import io.entente.graphql.Page;

/** A page of meetings. */
@Description("A page of meetings.")
public class MeetingConnection extends Connection<Meeting> {

    MeetingConnection(Page<Meeting> page) {
        super(page);
    }
}
