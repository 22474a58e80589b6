package io.entente.meeting;

import org.eclipse.microprofile.graphql.Description;

import io.entente.paging.Connection;
import io.entente.paging.Page;

/** A page of meetings. */
@Description("A page of meetings.")
public class MeetingConnection extends Connection<Meeting> {

    MeetingConnection(Page<Meeting> page) {
        super(page);
    }
}
