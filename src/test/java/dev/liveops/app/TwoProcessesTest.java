package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real LiveOps processes (each a {@code console}, a full core that joins the election) on one PostgreSQL: one
 * leads, and when it is killed with {@code kill -9} the other takes over within two leases, under a new epoch.
 */
@Tag("processes")
class TwoProcessesTest {
    /** Two lease periods: what the issue allows a standby to take over after the leader is killed. */
    private static final Duration TAKEOVER = Duration.ofSeconds(15);
    /** A JVM start, a Flyway migration and the first election, on a busy machine. */
    private static final Duration START = Duration.ofSeconds(30);
    private static final String OS_USER = "twin";
    private static final Pattern OPS_ADDRESS = Pattern.compile("Operational endpoints at (http://[^/]+)/");
    private static final Pattern LEADER = Pattern.compile("^\\s*Leader: (.+) since .+ \\(epoch (\\d+)\\)$");
    private static final Pattern ANSWERED_BY = Pattern.compile("^\\s*Answered by: (.+) \\((the leader|standby)\\)$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<LiveOpsProcess> processes = new ArrayList<>();
    @TempDir
    Path folder;
    private QuantConnectSandbox sandbox;
    private String url;

    @BeforeEach
    void start() {
        sandbox = QuantConnectSandbox.builder().port(0).build().start();
        url = PostgresServer.shared().createDatabase();
    }

    @AfterEach
    void stop() {
        processes.forEach(LiveOpsProcess::kill);
        sandbox.close();
        PostgresServer.shared().dropDatabase(url);
    }

    @Test
    void oneLeadsAndWhenItIsKilledTheOtherTakesOverUnderANewEpoch() throws Exception {
        LiveOpsProcess first = start("first");
        LiveOpsProcess second = start("second");
        String firstOps = first.opsAddress();
        String secondOps = second.opsAddress();

        Instant startDeadline = Instant.now().plus(START);
        List<String> roles = List.of();
        while (Instant.now().isBefore(startDeadline)) {
            roles = List.of(role(firstOps).orElse("?"), role(secondOps).orElse("?"));
            if (roles.contains("leader") && roles.contains("standby")) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(100); // polling another process: nothing in this JVM to wait on
        }
        assertThat(roles).as("roles of the two processes").containsExactlyInAnyOrder("leader", "standby");
        boolean firstLeads = roles.get(0).equals("leader");
        LiveOpsProcess leader = firstLeads ? first : second;
        LiveOpsProcess standby = firstLeads ? second : first;
        String standbyOps = firstLeads ? secondOps : firstOps;

        Whoami before = standby.whoami();
        assertThat(before.leader()).isNotEqualTo(before.answeredBy());
        assertThat(before.answeredByLeader()).isFalse();

        leader.kill();
        Instant takeoverDeadline = Instant.now().plus(TAKEOVER);
        Optional<String> role = Optional.empty();
        while (Instant.now().isBefore(takeoverDeadline)) {
            role = role(standbyOps);
            if (role.equals(Optional.of("leader"))) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertThat(role).as("the standby's role within " + TAKEOVER.toSeconds() + " s of kill -9 on the leader")
                .contains("leader");

        Whoami after = standby.whoami();
        assertThat(after.answeredByLeader()).isTrue();
        assertThat(after.leader()).isEqualTo(after.answeredBy()).isEqualTo(before.answeredBy())
                .isNotEqualTo(before.leader());
        assertThat(after.epoch()).isGreaterThan(before.epoch());
    }

    private LiveOpsProcess start(String name) throws IOException {
        Path home = Files.createDirectories(folder.resolve(name));
        Path config = home.resolve("bot-config.json");
        Files.writeString(config, """
                {
                  "quantconnect": {"userId": "%s", "apiToken": "${QC_TOKEN}", "baseUrl": "%s"},
                  "store": {"url": "%s", "user": "${DB_USER}", "password": "${DB_PASSWORD}"},
                  "access": {"users": [{"name": "Twin", "roles": ["trader"], "consoleUser": "%s"}]}
                }
                """.formatted(sandbox.userId(), sandbox.baseUrl(), url.replaceFirst("\\?.*$", ""), OS_USER));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.name=" + OS_USER, "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "dev.liveops.Main", "console", "--config", config.toString(), "--ops-port", "0")
                .directory(home.toFile())
                .redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().put("QC_TOKEN", sandbox.apiToken());
        builder.environment().put("DB_USER", "postgres");
        // The test server trusts its clients; the password is set only to go through ${ENV} as a deployment would.
        builder.environment().put("DB_PASSWORD", "unused-by-trust");
        LiveOpsProcess process = new LiveOpsProcess(name, home, builder.start());
        processes.add(process);
        return process;
    }

    /** The role /readyz reports, or empty while the process does not answer yet (or no longer). */
    private Optional<String> role(String opsAddress) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(opsAddress + "/readyz"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return Optional.ofNullable(json.readTree(response.body()).path("role").textValue());
        } catch (IOException notAnswering) {
            return Optional.empty();
        }
    }

    private record Whoami(String leader, long epoch, String answeredBy, boolean answeredByLeader) {
    }

    /** One child JVM, its stdout read line by line on a thread of its own, its stdin kept open (EOF ends a console). */
    private static final class LiveOpsProcess {
        private final String name;
        private final Path home;
        private final Process process;
        private final Writer stdin;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        LiveOpsProcess(String name, Path home, Process process) {
            this.name = name;
            this.home = home;
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readStdout, "stdout-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void readStdout() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // The process was killed: nothing more to read.
            }
        }

        /** The next stdout line matching the pattern, failing with what the process said if none comes in time. */
        private Matcher await(Pattern pattern, Duration within) throws InterruptedException {
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    break;
                }
                seen.add(line);
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            throw new AssertionError("Process " + name + " printed no line matching " + pattern + " within "
                    + within.toSeconds() + " s (alive: " + process.isAlive() + "); stdout: " + seen + "; stderr: "
                    + stderr());
        }

        String opsAddress() throws InterruptedException {
            return await(OPS_ADDRESS, START).group(1);
        }

        Whoami whoami() throws InterruptedException {
            try {
                stdin.write("whoami\n");
                stdin.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher leader = await(LEADER, Duration.ofSeconds(10));
            String holder = leader.group(1);
            long epoch = Long.parseLong(leader.group(2));
            Matcher answeredBy = await(ANSWERED_BY, Duration.ofSeconds(10));
            return new Whoami(holder, epoch, answeredBy.group(1), answeredBy.group(2).equals("the leader"));
        }

        private String stderr() {
            try {
                return Files.readString(home.resolve("stderr.txt"));
            } catch (IOException unreadable) {
                return "(unreadable: " + unreadable.getMessage() + ")";
            }
        }

        /** kill -9, and wait for it: its sessions on PostgreSQL end as its sockets close. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
