package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.LiveDeployment;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a {@code live/list} answer of 10k or 100k deployments with the client's own Jackson setup, dates in
 * QuantConnect's usual {@code yyyy-MM-dd HH:mm:ss} (every deployment launched, one in four stopped). In the client's
 * package because its mapper is package-private; the HTTP call is left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiveListParseBenchmark {
    private static final DateTimeFormatter USUAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private record ListAnswer(List<LiveDeployment> live) {
    }

    @Param({"10000", "100000"})
    int deployments;

    private ObjectMapper mapper;
    private byte[] json;

    @Setup
    public void setUp() {
        mapper = QuantConnectJson.mapper();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        StringBuilder text = new StringBuilder("{\"success\":true,\"errors\":[],\"live\":[");
        for (int i = 0; i < deployments; i++) {
            boolean stopped = i % 4 == 0;
            text.append(i == 0 ? "" : ",")
                    .append("{\"projectId\":").append(1000 + i)
                    .append(",\"deployId\":\"L-").append(Integer.toHexString(i * 7919)).append('"')
                    .append(",\"status\":\"").append(stopped ? "Stopped" : "Running").append('"')
                    .append(",\"launched\":\"").append(USUAL.format(start.plusSeconds(i * 37L))).append('"')
                    .append(",\"stopped\":").append(stopped
                            ? "\"" + USUAL.format(start.plusSeconds(i * 37L + 86_400)) + "\"" : "null")
                    .append(",\"brokerage\":\"Interactive Brokers\",\"subscription\":\"Equities\"")
                    .append(",\"equity\":").append(100_000 + i).append(".25")
                    .append(",\"environment\":\"live\",\"description\":\"\",\"error\":\"\"}");
        }
        json = text.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Before session 2: the client bound the list as a record with Jackson's data binding. */
    @Benchmark
    public List<LiveDeployment> parse() throws IOException {
        return mapper.readValue(json, ListAnswer.class).live();
    }

    /** Now: the envelope check and {@code LiveListReader} in one pass, straight off the parser. */
    @Benchmark
    public Object stream() throws IOException {
        return EnvelopeFields.read(mapper, json, LiveListReader.LIVE).payload();
    }

    /** The envelope check alone: before session 2 the client made it in a pass of its own before binding. */
    @Benchmark
    public Object envelope() throws IOException {
        return EnvelopeFields.read(mapper, json);
    }

    /** The floor: Jackson tokenizing the answer and nothing else (strings and numbers not even decoded). */
    @Benchmark
    public int tokens() throws IOException {
        int count = 0;
        try (JsonParser parser = mapper.createParser(json)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }
}
