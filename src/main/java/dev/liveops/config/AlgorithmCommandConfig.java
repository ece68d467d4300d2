package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code commands}: what /live command or /live broadcast sends under this name.
 *
 * @param type       the LEAN command class sent as {@code $type}; empty for a plain payload to {@code on_command}
 * @param payload    fields sent every time (strings, numbers, booleans)
 * @param permission the permission a caller needs, by its config name ({@code liquidate})
 * @param confirm    previewed and confirmed like a stop
 * @param args       argument name to type ({@code string}, {@code number}, {@code integer}, {@code boolean}; a
 *                   trailing {@code ?} makes it optional)
 */
public record AlgorithmCommandConfig(Optional<String> type, Map<String, Object> payload, String permission,
                                     boolean confirm, Map<String, String> args) {
    public AlgorithmCommandConfig {
        Objects.requireNonNull(type, "type");
        payload = Copies.map(payload);
        Objects.requireNonNull(permission, "permission");
        args = Copies.map(args);
    }

    @JsonCreator
    private static AlgorithmCommandConfig fromJson(@JsonProperty("type") String type,
                                                   @JsonProperty("payload") Map<String, Object> payload,
                                                   @JsonProperty("permission") String permission,
                                                   @JsonProperty("confirm") Boolean confirm,
                                                   @JsonProperty("args") Map<String, String> args) {
        return new AlgorithmCommandConfig(Optional.ofNullable(type), payload, permission,
                confirm != null && confirm, args);
    }
}
