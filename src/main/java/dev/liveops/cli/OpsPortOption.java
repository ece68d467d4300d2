package dev.liveops.cli;

import dev.liveops.app.Operations;
import dev.liveops.config.OpsConfig;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The --ops-port and --ops-bind options shared by the commands that run a core: run, console and the demo. */
public final class OpsPortOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer port;

    @Option(names = "--ops-bind", paramLabel = "ADDRESS",
            description = "The address the operational listener binds to, e.g. 0.0.0.0 in a container; overrides "
                    + "ops.bind (default 127.0.0.1).")
    String bind;

    @Option(names = "--ops-port", paramLabel = "PORT",
            description = "Open the operational listener (/healthz, /readyz, /metrics) on this port (0: any free "
                    + "one), bound as the config's ops.bind says (default 127.0.0.1); overrides ops.port.")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), "--ops-port must be a TCP port from 0 to 65535, not "
                    + value + ".");
        }
        this.port = value;
    }

    Operations operations(OpsConfig config) {
        return Operations.of(config, Optional.ofNullable(port), Optional.ofNullable(bind));
    }
}
