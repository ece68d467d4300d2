package dev.liveops.ops;

import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.CommandObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code liveops_commands_seconds} by command and outcome, and {@code liveops_actions_total} by kind and outcome.
 * The command is its name from the grammar, or {@code none} for a line that named none: never the line itself.
 */
final class CommandMetrics implements CommandObserver {
    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handled(Optional<CommandName> command, Outcome outcome, Duration took) {
        Timer.builder("liveops.commands")
                .description("Commands handled, by command and outcome")
                .tag("command", command.map(CommandName::word).orElse("none"))
                .tag("outcome", label(outcome))
                .serviceLevelObjectives(LiveOpsMetrics.LATENCY_BUCKETS)
                .register(registry)
                .record(took);
    }

    @Override
    public void actionEnded(CommandName kind, ActionState state) {
        Counter.builder("liveops.actions")
                .description("Confirmed actions sent to QuantConnect (or found not to apply), by kind and outcome")
                .tag("kind", kind.word())
                .tag("outcome", label(state))
                .register(registry)
                .increment();
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
