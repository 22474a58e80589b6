package io.entente.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What a client sends to cite a source. Sources are identified by their URL. */
@Input("SourceInput")
@Description("A source as a client writes it. The URL identifies it: citing a URL already recorded updates that source.")
public class SourceInput {

    @NotNull
    @Size(min = 1, max = 2000)
    @Description("Absolute http(s) URL (at most 2000 characters).")
    public String url;

    @NotNull
    @Size(min = 1, max = 200)
    @Description("Publisher (1-200 characters).")
    public String publisher;

    @NotNull
    @Size(min = 1, max = 500)
    @Description("Title (1-500 characters).")
    public String title;

    @Description("Publication date.")
    public LocalDate publishedOn;
}
