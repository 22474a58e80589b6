package io.entente.meeting;

import org.eclipse.microprofile.graphql.Description;

/** The format of a diplomatic encounter. */
@Description("The format of a meeting.")
public enum MeetingFormat {
    @Description("Two states' leaders or ministers.")
    BILATERAL,
    @Description("Foreign and defence ministers of two states together.")
    TWO_PLUS_TWO,
    @Description("Heads of state or government of several states.")
    SUMMIT,
    @Description("Several states, below summit level.")
    MULTILATERAL,
    PHONE_CALL,
    VIDEO_CONFERENCE
}
