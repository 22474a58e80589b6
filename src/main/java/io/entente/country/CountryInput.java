package io.entente.country;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.entente.write.Columns;

/** What a client sends to create or replace a country. */
@Input("CountryInput")
@Description("A country as a client writes it. Codes are case-insensitive and stored in capitals.")
public class CountryInput {

    @NotNull
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be two letters")
    @Description("ISO 3166-1 alpha-2 code, e.g. `FR`.")
    public String alpha2;

    @NotNull
    @Pattern(regexp = "[A-Za-z]{3}", message = "must be three letters")
    @Description("ISO 3166-1 alpha-3 code, e.g. `FRA`.")
    public String alpha3;

    @NotNull
    @Size(min = 1, max = 200)
    @Description("Common English short name (1-200 characters), unique.")
    public String name;

    @Size(min = 1, max = 300)
    @Description("English short name as ISO 3166-1 gives it (1-300 characters).")
    public String officialName;

    @NotNull
    @Description("Continental region.")
    public Region region;

    Columns columns() {
        return new Columns()
                .set("alpha2", CountryCode.normalize(alpha2))
                .set("alpha3", CountryCode.normalize(alpha3))
                .set("name", name.strip())
                .set("official_name", officialName == null ? null : officialName.strip())
                .set("region", region.name());
    }
}
