package dev.liveops.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("quantconnect", "apiToken", "deploy", "id", "roles", "url");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "quantconect, quantconnect",   // a letter missing
            "apiTokn, apiToken",
            "ApiToken, apiToken",          // case only
            "deplyo, deploy",              // two letters swapped
            "rolse, roles",
            "ib, id",
            "URL, url",
            "token, none",                 // too different from apiToken
            "colour, none",
            "x, none"})
    void suggestsOnlyACloseMatch(String typed, String expected) {
        assertThat(Suggestions.closest(typed, KEYS).orElse(null)).isEqualTo(expected);
    }
}
