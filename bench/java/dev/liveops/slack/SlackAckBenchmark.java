package dev.liveops.slack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The acknowledgement of a signed {@code /live list Running} in Slack's HTTP mode, posted by one keep-alive client
 * (the JDK's HttpClient) over loopback to the real bot wired to the test core and the fake Slack API; each command's
 * answer is awaited, untimed, before the next is posted.
 * {@code noDelay=false} reproduces the server before the fix: a JDK server created first with the property off fixes
 * the JVM's setting (it is read once), so the bot's own setting comes too late. Each value runs in its own JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class SlackAckBenchmark {
    @Param({"false", "true"})
    boolean noDelay;

    private SlackBotHarness slack;
    private boolean answerOutstanding;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (!noDelay) {
            System.setProperty(SlackHttpServer.NO_DELAY, "false");
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0).stop(0);
        }
        slack = new SlackBotHarness();
    }

    /** Untimed: the previous command's answer arrives first, so only acks are timed and no worker is ever busy. */
    @Setup(Level.Invocation)
    public void previousAnswered() throws InterruptedException {
        if (answerOutstanding) {
            slack.fake.take("/respond/list", Duration.ofSeconds(30));
            answerOutstanding = false;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        slack.close();
    }

    @Benchmark
    public int ack() throws Exception {
        HttpResponse<String> ack = slack.post(slack.command(SlackTestWorkspace.VERA, "vera", "list Running", "list"));
        if (ack.statusCode() != 200) {
            throw new IllegalStateException("Slack ack was HTTP " + ack.statusCode());
        }
        answerOutstanding = true;
        return ack.statusCode();
    }
}
