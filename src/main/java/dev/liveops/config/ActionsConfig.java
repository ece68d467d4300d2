package dev.liveops.config;

import java.time.Duration;
import java.util.List;

/**
 * How destructive actions are guarded.
 *
 * @param confirmationSeconds how long the requester has to confirm
 * @param approvalSeconds     how long a confirmed action waits for a second person's approval
 * @param requireApproval     the actions ({@code stop}, {@code liquidate}, {@code deploy}) that need that approval
 */
public record ActionsConfig(int confirmationSeconds, int approvalSeconds, List<String> requireApproval) {
    /** Also the schema's defaults. */
    public static final ActionsConfig DEFAULT = new ActionsConfig(120, 900, List.of());

    public ActionsConfig {
        requireApproval = Copies.list(requireApproval);
    }

    public Duration confirmationTtl() {
        return Duration.ofSeconds(confirmationSeconds);
    }

    public Duration approvalTtl() {
        return Duration.ofSeconds(approvalSeconds);
    }
}
