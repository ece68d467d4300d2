package dev.liveops.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * The operational HTTP listener ({@code /healthz}, {@code /readyz}, {@code /metrics}).
 *
 * @param port where it listens; empty (the default) keeps it closed
 * @param bind the address it listens on: {@value #DEFAULT_BIND} by default, so only this machine can reach it
 */
public record OpsConfig(Optional<Integer> port, String bind) {
    /** Also the schema's default. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final OpsConfig OFF = new OpsConfig(Optional.empty(), DEFAULT_BIND);

    public OpsConfig {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(bind, "bind");
    }

    @JsonCreator
    private static OpsConfig fromJson(@JsonProperty("port") Integer port, @JsonProperty("bind") String bind) {
        return new OpsConfig(Optional.ofNullable(port), bind == null ? DEFAULT_BIND : bind);
    }
}
