package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of a date QuantConnect sends is read as the same UTC instant; nothing else is read at all. */
class QuantConnectDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-07-10 19:12:20          | 2024-07-10T19:12:20Z",
            "2024-07-10T19:12:20          | 2024-07-10T19:12:20Z",
            "'  2024-07-10 19:12:20  '    | 2024-07-10T19:12:20Z",
            "2024-07-10 19:12:20.5        | 2024-07-10T19:12:20.500Z",
            "2024-07-10T19:12:20.123456789 | 2024-07-10T19:12:20.123456789Z",
            "2024-02-29 23:59:59          | 2024-02-29T23:59:59Z",
            "2024-01-31 00:00:00          | 2024-01-31T00:00:00Z",
            "2024-07-10 24:00:00          | 2024-07-11T00:00:00Z",
            "2021-11-26T15:18:27.693Z     | 2021-11-26T15:18:27.693Z",
            "2021-11-26T15:18:27Z         | 2021-11-26T15:18:27Z",
            "2021-11-26T15:18Z            | 2021-11-26T15:18:00Z",
            "2021-11-26T17:18:27+02:00    | 2021-11-26T15:18:27Z",
            "2021-11-26T10:18:27.5-05:00  | 2021-11-26T15:18:27.500Z",
    })
    void everySpellingQuantConnectUsesIsReadAsUtc(String text, String instant) {
        assertThat(QuantConnectDates.parse(text)).contains(Instant.parse(instant));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "garbage", "2024-07-10", "2024-07-10 19:12", "2024/07/10 19:12:20", "2024-13-10 19:12:20",
            "2024-07-10 24:00:01", "2024-07-10 19:60:20", "2024-07-10 19:12:20Z", "2024-07-10 19:12:2x",
            "2024-07-10  19:12:20", "2024-07-00 19:12:20", "2024-07-32 19:12:20", "2024-07-10T19:12:20+25:00",
            "   "})
    void anythingElseIsNoDate(String text) {
        assertThat(QuantConnectDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNoDate(String text) {
        assertThat(QuantConnectDates.parse(text)).isEmpty();
    }
}
