package dev.liveops.quantconnect.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statuses are read in any case, with or without separators; unknown ones never fail. */
class LiveStatusTest {

    @Test
    void quantConnectsSpellingsAreReadWhateverTheCaseOrSeparators() {
        assertThat(LiveStatus.fromWire("RuntimeError")).isEqualTo(LiveStatus.RUNTIME_ERROR);
        assertThat(LiveStatus.fromWire("runtime_error")).isEqualTo(LiveStatus.RUNTIME_ERROR);
        assertThat(LiveStatus.fromWire(" Runtime-Error\t")).isEqualTo(LiveStatus.RUNTIME_ERROR);
        assertThat(LiveStatus.fromWire("PendingInput")).isEqualTo(LiveStatus.PENDING_INPUT);
        assertThat(LiveStatus.fromWire(7)).isEqualTo(LiveStatus.values()[7]);
    }

    @Test
    void anythingElseIsUnknownAndOnlyDocumentedStatusesAreNameable() {
        assertThat(LiveStatus.fromWire("Hibernating")).isEqualTo(LiveStatus.UNKNOWN);
        assertThat(LiveStatus.fromWire("Run.ning")).isEqualTo(LiveStatus.UNKNOWN);
        assertThat(LiveStatus.fromWire(null)).isEqualTo(LiveStatus.UNKNOWN);
        assertThat(LiveStatus.parse("running")).contains(LiveStatus.RUNNING);
        assertThat(LiveStatus.parse("PendingInput")).isEmpty();
        assertThat(LiveStatus.parse("Unknown")).isEmpty();
    }
}
