package io.entente.bloc;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.entente.write.Columns;

/** What a client sends to create or replace a bloc. */
@Input("BlocInput")
@Description("A bloc as a client writes it.")
public class BlocInput {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}", message = "must be 1-20 letters, digits, _ or -, starting with a letter or digit")
    @Description("Short code, unique (`EU`, `NATO`); stored in capitals.")
    public String code;

    @NotNull
    @Size(min = 1, max = 200)
    @Description("Full name (1-200 characters).")
    public String name;

    @Size(max = 4000)
    @Description("What the bloc is (at most 4000 characters).")
    public String description;

    @Description("When it was founded.")
    public LocalDate foundedOn;

    Columns columns() {
        return new Columns()
                .set("code", Bloc.normalizeCode(code))
                .set("name", name.strip())
                .set("description", description)
                .set("founded_on", foundedOn);
    }
}
