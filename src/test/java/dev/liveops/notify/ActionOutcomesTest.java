package dev.liveops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.CommandName;
import dev.liveops.command.ExecutedAction;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A stop whose answer was lost and a later stop that QuantConnect accepted, both waiting on one deployment: the lost
 * one is told it never took effect only when QuantConnect's own clock says the change came after the later one went
 * out; otherwise LiveOps says it cannot tell.
 */
class ActionOutcomesTest {
    private static final Instant LOST_SENT = Instant.parse("2026-11-20T14:30:00.400Z");
    private static final Instant WORKED_SENT = Instant.parse("2026-11-20T14:30:03.300Z");
    private static final Caller TOM = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "ops");
    private static final Caller ADA = new Caller(Platform.DISCORD, "100", "ada", Set.of(), "ops");

    private final ActionOutcomes outcomes = new ActionOutcomes(new NotificationComposer());
    private final CloseWatch lost = watch("LOST01", TOM, LOST_SENT, false);
    private final CloseWatch worked = watch("WORK02", ADA, WORKED_SENT, true);

    @Test
    void aChangeQuantConnectTimesAfterTheLaterStopIsTheLaterStopsAlone() {
        List<OutboundMessage> told = settle(Optional.of(Instant.parse("2026-11-20T14:30:05Z")));

        assertThat(textTo("LOST01", told)).startsWith("Stop LOST01 never took effect: QuantConnect still showed "
                + "Live/Momentum as Running until stop WORK02 stopped it.");
        assertThat(textTo("WORK02", told)).isEqualTo("Live/Momentum is Stopped (requested by ada (discord:100)).");
    }

    @Test
    void aChangeWithinTheSecondTheLaterStopWasSentIsNotPinnedOnEither() {
        List<OutboundMessage> told = settle(Optional.of(Instant.parse("2026-11-20T14:30:03Z")));

        assertThat(textTo("LOST01", told)).startsWith("Live/Momentum is Stopped, but LiveOps cannot tell whether "
                + "stop LOST01 (its answer was lost) or stop WORK02 did it").doesNotContain("never took effect");
    }

    @Test
    void aChangeQuantConnectGivesNoTimeForIsNotPinnedOnEither() {
        List<OutboundMessage> told = settle(Optional.empty());

        assertThat(textTo("LOST01", told)).contains("LiveOps cannot tell whether").doesNotContain("never took effect");
    }

    private List<OutboundMessage> settle(Optional<Instant> reportedAt) {
        ActionOutcomes.Seen seen = new ActionOutcomes.Seen(23456789, "L-1", LiveStatus.STOPPED,
                Optional.of(LiveStatus.RUNNING), reportedAt, WORKED_SENT.plus(Duration.ofSeconds(5)), "");
        return outcomes.settle(List.of(lost, worked), seen, new HashSet<>(), new HashSet<>());
    }

    private static String textTo(String code, List<OutboundMessage> told) {
        return told.stream().filter(message -> message.reply().fields().stream()
                        .anyMatch(field -> field.name().equals("Action") && field.value().endsWith(code)))
                .findFirst().orElseThrow(() -> new AssertionError("nothing about " + code + " in " + told))
                .reply().text();
    }

    private static CloseWatch watch(String code, Caller requester, Instant sent, boolean accepted) {
        return new CloseWatch(new ExecutedAction(code, CommandName.STOP, 23456789, "Live/Momentum", "L-1", requester,
                Optional.empty(), sent, accepted), sent.plus(Duration.ofMinutes(5)), null);
    }
}
