package dev.liveops.quantconnect.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code command} object of live/commands/create and broadcast, sent as is: with a {@code $type} key LEAN runs
 * that command class (LiquidateCommand, OrderCommand...), without one the algorithm's {@code on_command} gets the
 * fields. Values are strings, numbers and booleans.
 */
public record AlgorithmCommand(Map<String, Object> fields) {
    public static final String TYPE_KEY = "$type";

    public AlgorithmCommand {
        Objects.requireNonNull(fields, "fields");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
