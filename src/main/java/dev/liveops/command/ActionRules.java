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
        AlgorithmCommands commands) {
    public static final Duration DEFAULT_CONFIRMATION_TTL = Duration.ofSeconds(120);
    public static final Duration DEFAULT_APPROVAL_TTL = Duration.ofMinutes(15);

    public ActionRules {
        needApproval = Set.copyOf(needApproval);
        brokerages = Map.copyOf(brokerages);
        java.util.Objects.requireNonNull(commands, "commands");
    }

    /** No algorithm commands. */
    public ActionRules(Duration confirmationTtl, Duration approvalTtl, Set<CommandName> needApproval,
                       Map<String, BrokerageSettings> brokerages, Optional<String> defaultBrokerage) {
        this(confirmationTtl, approvalTtl, needApproval, brokerages, defaultBrokerage, AlgorithmCommands.NONE);
    }

    /** These rules, with the given algorithm commands. */
    public ActionRules withCommands(AlgorithmCommands declared) {
        return new ActionRules(confirmationTtl, approvalTtl, needApproval, brokerages, defaultBrokerage, declared);
    }

    /** Confirmation only, the paper brokerage as the default profile. */
    public static ActionRules paperTrading() {
        return new ActionRules(DEFAULT_CONFIRMATION_TTL, DEFAULT_APPROVAL_TTL, Set.of(),
                Map.of("paper", BrokerageSettings.paper()), Optional.of("paper"));
    }
}
