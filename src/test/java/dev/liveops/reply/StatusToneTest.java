package dev.liveops.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusToneTest {
    @Test
    void everyStatusHasExactlyOneTone() {
        Map<LiveStatus, Severity> table = Map.ofEntries(
                // The twelve documented AlgorithmStatus values.
                Map.entry(LiveStatus.DEPLOY_ERROR, Severity.ERROR),
                Map.entry(LiveStatus.IN_QUEUE, Severity.INFO),
                Map.entry(LiveStatus.RUNNING, Severity.SUCCESS),
                Map.entry(LiveStatus.STOPPED, Severity.INFO),
                Map.entry(LiveStatus.LIQUIDATED, Severity.INFO),
                Map.entry(LiveStatus.DELETED, Severity.INFO),
                Map.entry(LiveStatus.COMPLETED, Severity.INFO),
                Map.entry(LiveStatus.RUNTIME_ERROR, Severity.ERROR),
                Map.entry(LiveStatus.INVALID, Severity.ERROR),
                Map.entry(LiveStatus.LOGGING_IN, Severity.INFO),
                Map.entry(LiveStatus.INITIALIZING, Severity.INFO),
                Map.entry(LiveStatus.HISTORY, Severity.INFO),
                // What the client tolerates besides them.
                Map.entry(LiveStatus.PENDING_INPUT, Severity.WARNING),
                Map.entry(LiveStatus.IDLE, Severity.INFO),
                Map.entry(LiveStatus.UNDEFINED, Severity.WARNING),
                Map.entry(LiveStatus.UNKNOWN, Severity.WARNING));

        assertThat(table.keySet()).isEqualTo(EnumSet.allOf(LiveStatus.class));
        table.forEach((status, tone) -> assertThat(StatusTone.of(status)).as(status.wireName()).isEqualTo(tone));
    }

    @Test
    void aGroupOfStatusesTakesTheMostUrgentTone() {
        assertThat(StatusTone.mostUrgent(List.of(LiveStatus.STOPPED, LiveStatus.RUNNING))).isEqualTo(Severity.SUCCESS);
        assertThat(StatusTone.mostUrgent(List.of(LiveStatus.RUNNING, LiveStatus.UNKNOWN))).isEqualTo(Severity.WARNING);
        assertThat(StatusTone.mostUrgent(List.of(LiveStatus.RUNNING, LiveStatus.RUNTIME_ERROR, LiveStatus.UNKNOWN)))
                .isEqualTo(Severity.ERROR);
        assertThat(StatusTone.mostUrgent(List.of())).isEqualTo(Severity.INFO);
    }

    @Test
    void anActionThatGotWhatItAskedForIsGoodWhateverTheStatusReadsAlone() {
        assertThat(StatusTone.ofOutcome(LiveStatus.LIQUIDATED, true)).isEqualTo(Severity.SUCCESS);
        assertThat(StatusTone.ofOutcome(LiveStatus.LIQUIDATED, false)).isEqualTo(StatusTone.of(LiveStatus.LIQUIDATED));
        assertThat(StatusTone.ofOutcome(LiveStatus.RUNTIME_ERROR, false)).isEqualTo(Severity.ERROR);
    }
}
