package dev.liveops.quantconnect.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A compile's state; anything new is {@link #UNKNOWN}, never a parse failure. */
public enum CompileState {
    IN_QUEUE("InQueue"),
    BUILD_SUCCESS("BuildSuccess"),
    BUILD_ERROR("BuildError"),
    UNKNOWN("Unknown");

    private final String wireName;

    CompileState(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean isDone() {
        return this == BUILD_SUCCESS || this == BUILD_ERROR;
    }

    @JsonCreator
    public static CompileState fromWire(String value) {
        for (CompileState state : values()) {
            if (state.wireName.equalsIgnoreCase(value)) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
