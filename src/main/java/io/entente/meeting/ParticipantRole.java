package io.entente.meeting;

import org.eclipse.microprofile.graphql.Description;

/** The part an official played in a meeting. */
@Description("The part an official played in a meeting.")
public enum ParticipantRole {
    HOST,
    GUEST,
    HEAD_OF_DELEGATION,
    DELEGATE,
    MEDIATOR,
    OBSERVER
}
