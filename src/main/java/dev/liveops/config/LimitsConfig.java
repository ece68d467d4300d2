package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many chat commands each chat platform (Discord, Slack) runs at once. Every command is acknowledged on arrival;
 * up to {@code maxConcurrentCommands} then run side by side, each on a thread of its own, so a slow QuantConnect
 * holds up no other command; up to {@code maxQueuedCommands} more wait for a free one. A command past both is not
 * run: it is audited and answered with one sentence.
 *
 * @param maxConcurrentCommands commands run at once per platform ({@value #DEFAULT_CONCURRENT} by default)
 * @param maxQueuedCommands     commands waiting per platform beyond those ({@value #DEFAULT_QUEUED} by default)
 */
public record LimitsConfig(int maxConcurrentCommands, int maxQueuedCommands) {
    /** Also the schema's defaults. */
    public static final int DEFAULT_CONCURRENT = 64;
    public static final int DEFAULT_QUEUED = 256;
    public static final LimitsConfig DEFAULT = new LimitsConfig(DEFAULT_CONCURRENT, DEFAULT_QUEUED);

    public LimitsConfig {
        if (maxConcurrentCommands < 1) {
            throw new IllegalArgumentException("maxConcurrentCommands must be at least 1: " + maxConcurrentCommands);
        }
        if (maxQueuedCommands < 0) {
            throw new IllegalArgumentException("maxQueuedCommands must not be negative: " + maxQueuedCommands);
        }
    }

    @JsonCreator
    private static LimitsConfig fromJson(@JsonProperty("maxConcurrentCommands") Integer concurrent,
                                         @JsonProperty("maxQueuedCommands") Integer queued) {
        return new LimitsConfig(concurrent == null ? DEFAULT_CONCURRENT : concurrent,
                queued == null ? DEFAULT_QUEUED : queued);
    }
}
