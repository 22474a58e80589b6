package io.entente.country;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.entente.graphql.ApiError;

/** ISO 3166-1 codes as clients send them: alpha-2 or alpha-3, any case, checked for form. */
public final class CountryCode {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,3}");

    private CountryCode() {
    }

    /** The code in upper case; anything that is not two or three letters is a {@code BAD_USER_INPUT}. */
    public static String normalize(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(upper).matches()) {
            throw ApiError.badInput("\"" + code + "\" is not an ISO 3166-1 alpha-2 or alpha-3 country code.");
        }
        return upper;
    }

    public static String[] normalize(List<String> codes) {
        return codes.stream().map(CountryCode::normalize).distinct().toArray(String[]::new);
    }
}
