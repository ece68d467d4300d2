package dev.liveops.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountTest {
    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Count.of(1, "open holding")).isEqualTo("1 open holding");
        assertThat(Count.of(0, "open holding")).isEqualTo("0 open holdings");
        assertThat(Count.of(2, "log line")).isEqualTo("2 log lines");
        assertThat(Count.of(1_500, "failed poll")).isEqualTo("1500 failed polls");
    }

    @Test
    void anIrregularPluralIsGivenExplicitly() {
        assertThat(Count.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Count.of(3, "entry", "entries")).isEqualTo("3 entries");
    }
}
