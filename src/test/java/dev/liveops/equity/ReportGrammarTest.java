package dev.liveops.equity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.command.CommandParser;
import dev.liveops.command.LiveCommand;
import dev.liveops.command.ParseResult;
import dev.liveops.digest.DigestSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of pnl and digest, through the one grammar every platform shares. */
class ReportGrammarTest {
    private final CommandParser parser = new CommandParser();

    private LiveCommand parsed(String line) {
        ParseResult result = parser.parse(line);
        assertThat(result).as(line).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).command();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pnl | | DAY",
            "pnl all | | DAY",
            "pnl week | | WEEK",
            "pnl all month | | MONTH",
            "pnl momentum | momentum | DAY",
            "pnl \"Crypto Basis\" week | Crypto Basis | WEEK",
            "pnl Crypto Basis month | Crypto Basis | MONTH"})
    void pnlNamesAProjectOrAllAndAPeriod(String line, String project, PnlPeriod period) {
        assertThat(parsed(line)).isEqualTo(new LiveCommand.ShowPnl(Optional.ofNullable(project), period));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "digest daily 17:00 Europe/London | | 17:00 | Europe/London",
            "digest daily 7:05 | | 07:05 | UTC",
            "digest weekly friday 17:00 America/New_York | FRIDAY | 17:00 | America/New_York",
            "digest WEEKLY Sun 23:59 utc | SUNDAY | 23:59 | UTC"})
    void digestSetsADailyOrWeeklySchedule(String line, DayOfWeek day, LocalTime at, String zone) {
        assertThat(parsed(line)).isEqualTo(new LiveCommand.ManageDigest(Optional.of(new DigestSchedule(
                Optional.ofNullable(day), at, ZoneId.of(zone))), false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "digest | false",
            "digest off | true"})
    void digestAloneShowsItAndOffStopsIt(String line, boolean off) {
        assertThat(parsed(line)).isEqualTo(new LiveCommand.ManageDigest(Optional.empty(), off));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "digest daily | Say at what time, e.g. 17:00.",
            "digest daily 25:00 | '25:00' is not a time of day; write it as 24-hour HH:MM, e.g. 17:00.",
            "digest weekly someday 17:00 | 'someday' is not a day of the week; write monday to sunday (mon to sun).",
            "digest daily 17:00 Mars/Olympus | 'Mars/Olympus' is not a time zone; use a region id such as "
                    + "Europe/London or America/New_York, or UTC.",
            "digest hourly 17:00 | 'hourly' is not daily, weekly or off, e.g. digest daily 17:00 Europe/London.",
            "digest daily 17:00 UTC again | Unexpected 'again'."})
    void aWrongDigestIsOneSentence(String line, String reason) {
        assertThat(parser.parse(line)).isInstanceOfSatisfying(ParseResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }
}
