package dev.liveops.command;

import dev.liveops.quantconnect.model.BrokerageSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How destructive actions are guarded: how long a confirmation and an approval stay open, which actions need a
 * second person, and the brokerage profiles a deploy may use (credentials come from the config, never from chat).
 */
public record ActionRules(
        Duration confirmationTtl,
        Duration approvalTtl,
        Set<CommandName> needApproval,
        Map<String, BrokerageSettings> brokerages,
        Optional<String> defaultBrokerage) {
    public static final Duration DEFAULT_CONFIRMATION_TTL = Duration.ofSeconds(120);
    public static final Duration DEFAULT_APPROVAL_TTL = Duration.ofMinutes(15);

    public ActionRules {
        needApproval = Set.copyOf(needApproval);
        brokerages = Map.copyOf(brokerages);
    }

    /** Confirmation only, the paper brokerage as the default profile. */
    public static ActionRules paperTrading() {
        return new ActionRules(DEFAULT_CONFIRMATION_TTL, DEFAULT_APPROVAL_TTL, Set.of(),
                Map.of("paper", BrokerageSettings.paper()), Optional.of("paper"));
    }
}
