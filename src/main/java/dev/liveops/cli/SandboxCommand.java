package dev.liveops.cli;

import dev.liveops.sandbox.QuantConnectSandbox;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The QuantConnect sandbox on its own, for pointing a bot (this one, or another) at it. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Serve a local QuantConnect API with a demo organisation until Ctrl-C.")
public final class SandboxCommand implements Callable<Integer> {
    private final Launch launch;

    @Option(names = "--port", defaultValue = "8089", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--fleet", defaultValue = "0", paramLabel = "N",
            description = "Also run N more deployments, for trying the watcher at scale (default: ${DEFAULT-VALUE}).")
    int fleet;

    public SandboxCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws InterruptedException {
        try (LogOutput logs = LogOutput.standardError(launch)) {
            return serve();
        }
    }

    private int serve() throws InterruptedException {
        QuantConnectSandbox sandbox = QuantConnectSandbox.builder().port(port).fleet(fleet).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        launch.out().println(sandbox.connectionSummary());
        launch.out().println("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
