package dev.liveops.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The live deployment status enum of the spec, with its wire names. */
enum AlgorithmStatus {
    DEPLOY_ERROR("DeployError"),
    IN_QUEUE("InQueue"),
    RUNNING("Running"),
    STOPPED("Stopped"),
    LIQUIDATED("Liquidated"),
    DELETED("Deleted"),
    COMPLETED("Completed"),
    RUNTIME_ERROR("RuntimeError"),
    INVALID("Invalid"),
    LOGGING_IN("LoggingIn"),
    INITIALIZING("Initializing"),
    HISTORY("History");

    private final String wireName;

    AlgorithmStatus(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** Whether live/list can filter by this status (its request documents Running, Stopped, RuntimeError, Liquidated). */
    boolean isListFilter() {
        return this == RUNNING || this == STOPPED || this == RUNTIME_ERROR || this == LIQUIDATED;
    }

    static Optional<AlgorithmStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst();
    }
}
