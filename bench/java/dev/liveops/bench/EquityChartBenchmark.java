package dev.liveops.bench;

import dev.liveops.chart.ChartImage;
import dev.liveops.chart.EquityChart;
import dev.liveops.chart.EquityCurves;
import dev.liveops.chart.EquityPoint;
import java.time.Duration;
import java.time.Instant;
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
 * Issue 15: rendering an equity chart of 2,000 points (a week at 5-minute candles) as the 1000x500 PNG /live chart
 * sends: thinning to 500 points, drawing both panels headless, encoding the PNG. Target: under 300 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EquityChartBenchmark {
    @Param({"2000"})
    int points;

    private final EquityChart chart = new EquityChart();
    private List<EquityPoint> curve;

    @Setup
    public void setUp() {
        curve = EquityCurves.wavy(Instant.parse("2026-11-13T14:30:00Z"), Duration.ofMinutes(5), points);
    }

    @Benchmark
    public ChartImage render() {
        return chart.render("Live/Momentum, last 7 days", curve);
    }
}
