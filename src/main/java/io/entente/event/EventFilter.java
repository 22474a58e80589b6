package io.entente.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of {@code events}, combined with AND. */
@Input("EventFilter")
@Description("Narrows `events`; all given conditions must hold.")
public class EventFilter {

    @Description("Only events involving all of these countries (alpha-2 or alpha-3 codes).")
    public List<String> countryCodes;

    @Description("Only events of this kind.")
    public EventKind kind;

    @Description("Only events on or after this day.")
    public LocalDate from;

    @Description("Only events on or before this day.")
    public LocalDate to;
}
