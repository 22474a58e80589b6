package io.entente.meeting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of {@code meetings}, combined with AND. */
@Input("MeetingFilter")
@Description("Narrows `meetings`; all given conditions must hold.")
public class MeetingFilter {

    @Description("Only meetings involving all of these countries (alpha-2 or alpha-3 codes).")
    public List<String> countryCodes;

    @Id
    @Description("Only meetings this official took part in.")
    public String participantId;

    @Description("Only meetings of this format.")
    public MeetingFormat format;

    @Description("Only meetings hosted by this country.")
    public String hostCountryCode;

    @Description("Only meetings starting on or after this day.")
    public LocalDate from;

    @Description("Only meetings starting on or before this day.")
    public LocalDate to;
}
