package io.entente.official;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** An official named by country and full name instead of id: what an import file, written before any id existed, can say. */
@Input("OfficialRefInput")
@Description("An official named by natural key (country and exact full name) rather than by id, as import files do.")
public class OfficialRefInput {

    @NotNull
    @Description("ISO code of the official's country.")
    public String countryCode;

    @NotNull
    @Size(min = 1, max = 200)
    @Description("The official's full name, exactly as recorded.")
    public String fullName;

    public OfficialRefInput() {
    }

    public OfficialRefInput(String countryCode, String fullName) {
        this.countryCode = countryCode;
        this.fullName = fullName;
    }

    @Override
    public String toString() {
        return fullName + " (" + countryCode + ")";
    }
}
