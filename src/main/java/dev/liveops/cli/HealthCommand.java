package dev.liveops.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Asks a running LiveOps whether it is alive, for a container's HEALTHCHECK: the image has no curl, and needs none.
 * Exit 0 when /healthz answers 200, 1 for any other answer or none, with one sentence either way.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Ask a running LiveOps's /healthz whether it is healthy: exit 0 on HTTP 200, 1 otherwise.")
public final class HealthCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 9464;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Launch launch;

    @ArgGroup(exclusive = true)
    Target target;

    /** Where to ask: a whole URL, or a port on this machine. */
    static final class Target {
        @Option(names = "--url", paramLabel = "URL",
                description = "The health endpoint, e.g. http://127.0.0.1:9464/healthz.")
        URI url;

        @Option(names = "--port", paramLabel = "N",
                description = "The ops port of a LiveOps on this machine: asks http://127.0.0.1:N/healthz "
                        + "(default: " + DEFAULT_PORT + ", the port the Docker image opens).")
        Integer port;
    }

    public HealthCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() throws InterruptedException {
        URI address = address();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build();
        } catch (IllegalArgumentException notHttp) {
            launch.err().println(address + " is not an http:// or https:// URL.");
            return 1;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                launch.out().println("LiveOps at " + address + " is healthy.");
                return 0;
            }
            launch.err().println("LiveOps at " + address + " answered HTTP " + status + ", not 200.");
            return 1;
        } catch (HttpTimeoutException silent) {
            launch.err().println("LiveOps at " + address + " did not answer within " + TIMEOUT.toSeconds() + " s.");
            return 1;
        } catch (IOException unreachable) {
            launch.err().println("Nothing answered at " + address + " (" + unreachable.getClass().getSimpleName()
                    + ").");
            return 1;
        }
    }

    private URI address() {
        if (target != null && target.url != null) {
            return target.url;
        }
        int port = target != null && target.port != null ? target.port : DEFAULT_PORT;
        return URI.create("http://127.0.0.1:" + port + "/healthz");
    }
}
