package dev.liveops.command;

import dev.liveops.quantconnect.model.BrokerageSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How destructive actions are guarded: how long a confirmation and an approval stay open, which actions need a
 * second person, and the brokerage profiles a deploy may use (credentials come from the config, never from chat).
 * {@code commands} are the algorithm commands the config declares: chat may send only those.
 */
public record ActionRules(
        Duration confirmationTtl,
        Duration approvalTtl,
        Set<CommandName> needApproval,
        Map<String, BrokerageSettings> brokerages,
        Optional<String> defaultBrokerage,
        int killSwitchConcurrency,
        AlgorithmCommands commands) {
    public static final Duration DEFAULT_CONFIRMATION_TTL = Duration.ofSeconds(120);
    /** How many stops or liquidations a kill switch has on their way to QuantConnect at once. */
    public static final int DEFAULT_KILL_SWITCH_CONCURRENCY = 8;
    public static final Duration DEFAULT_APPROVAL_TTL = Duration.ofMinutes(15);

    public ActionRules {
        needApproval = Set.copyOf(needApproval);
        brokerages = Map.copyOf(brokerages);
        if (killSwitchConcurrency < 1) {
            throw new IllegalArgumentException("killSwitchConcurrency must be at least 1: " + killSwitchConcurrency);
        }
        java.util.Objects.requireNonNull(commands, "commands");
    }

    /** With the default kill switch concurrency and no algorithm commands. */
    public ActionRules(Duration confirmationTtl, Duration approvalTtl, Set<CommandName> needApproval,
                       Map<String, BrokerageSettings> brokerages, Optional<String> defaultBrokerage) {
        this(confirmationTtl, approvalTtl, needApproval, brokerages, defaultBrokerage,
                DEFAULT_KILL_SWITCH_CONCURRENCY, AlgorithmCommands.NONE);
    }

    /** The same rules with another kill switch concurrency. */
    public ActionRules withKillSwitchConcurrency(int concurrency) {
        return new ActionRules(confirmationTtl, approvalTtl, needApproval, brokerages, defaultBrokerage, concurrency,
                commands);
    }

    /** These rules, with the given algorithm commands. */
    public ActionRules withCommands(AlgorithmCommands declared) {
        return new ActionRules(confirmationTtl, approvalTtl, needApproval, brokerages, defaultBrokerage,
                killSwitchConcurrency, declared);
    }

    /** Confirmation only, the paper brokerage as the default profile. */
    public static ActionRules paperTrading() {
        return new ActionRules(DEFAULT_CONFIRMATION_TTL, DEFAULT_APPROVAL_TTL, Set.of(),
                Map.of("paper", BrokerageSettings.paper()), Optional.of("paper"));
    }
}
