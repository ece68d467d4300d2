package dev.liveops.quantconnect;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link LiveListParseBenchmark}'s cases timed by the thread's CPU time (median of many parses, after warm-up) and
 * the collectors' time per parse, interleaved case by case: on a shared machine CPU time says what a parse costs,
 * where JMH's wall time mostly says what else ran. Prints per-row figures too, to show how cost grows with size.
 *
 * <pre>java -Xmx1g -cp ... dev.liveops.quantconnect.LiveListParseCpu [deployments...]</pre>
 */
public final class LiveListParseCpu {
    private LiveListParseCpu() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("deployments case cpu_p50_ms cpu_ns_per_row cpu_mean_ms wall_mean_ms gc_ms_per_parse");
        for (int size : sizes) {
            LiveListParseBenchmark bench = new LiveListParseBenchmark();
            bench.deployments = size;
            bench.setUp();
            Map<String, Case> cases = new LinkedHashMap<>();
            cases.put("tokens", bench::tokens);
            cases.put("envelope", bench::envelope);
            cases.put("bind(before)", bench::parse);
            cases.put("envelope+bind(before)", () -> {
                bench.envelope();
                return bench.parse();
            });
            cases.put("one-pass(now)", bench::stream);
            int rounds = Math.max(10, 2_000_000 / size);
            for (Map.Entry<String, Case> entry : cases.entrySet()) {
                Case work = entry.getValue();
                for (int i = 0; i < rounds; i++) {
                    work.run();
                }
                long[] cpu = new long[rounds];
                long gcBefore = gcMillis();
                long wallStart = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    work.run();
                    cpu[i] = threads.getCurrentThreadCpuTime() - start;
                }
                double wallMean = (System.nanoTime() - wallStart) / 1e6 / rounds;
                double gc = (gcMillis() - gcBefore) / (double) rounds;
                double cpuMean = Arrays.stream(cpu).average().orElse(0) / 1e6;
                Arrays.sort(cpu);
                System.out.printf("%d %s %.2f %.0f %.2f %.2f %.2f%n", size, entry.getKey(), cpu[rounds / 2] / 1e6,
                        cpu[rounds / 2] / (double) size, cpuMean, wallMean, gc);
            }
        }
    }

    @FunctionalInterface
    private interface Case {
        Object run() throws Exception;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
