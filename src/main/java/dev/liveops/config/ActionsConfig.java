package dev.liveops.config;

import java.time.Duration;
import java.util.List;

/**
 * How destructive actions are guarded.
 *
 * @param confirmationSeconds how long the requester has to confirm
 * @param approvalSeconds     how long a confirmed action waits for a second person's approval
 * @param requireApproval     the actions ({@code stop}, {@code liquidate}, {@code deploy}) that need that approval
 * @param killSwitchConcurrency how many stops or liquidations of a kill switch (stop all, liquidate all) are on their
 *                              way to QuantConnect at once
 */
public record ActionsConfig(int confirmationSeconds, int approvalSeconds, List<String> requireApproval,
                            int killSwitchConcurrency) {
    /** Also the schema's defaults. */
    public static final ActionsConfig DEFAULT = new ActionsConfig(120, 900, List.of());
    public static final int DEFAULT_KILL_SWITCH_CONCURRENCY = 8;

    public ActionsConfig {
        requireApproval = Copies.list(requireApproval);
        // Absent from the file (the schema rejects anything below 1): the default.
        killSwitchConcurrency = killSwitchConcurrency < 1 ? DEFAULT_KILL_SWITCH_CONCURRENCY : killSwitchConcurrency;
    }

    /** With the default kill switch concurrency. */
    public ActionsConfig(int confirmationSeconds, int approvalSeconds, List<String> requireApproval) {
        this(confirmationSeconds, approvalSeconds, requireApproval, DEFAULT_KILL_SWITCH_CONCURRENCY);
    }

    public Duration confirmationTtl() {
        return Duration.ofSeconds(confirmationSeconds);
    }

    public Duration approvalTtl() {
        return Duration.ofSeconds(approvalSeconds);
    }
}
