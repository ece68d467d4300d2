package dev.liveops.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The same polls as {@link WatcherPollBenchmark}, timed by the polling thread's CPU time as well as wall time, so a
 * busy shared machine shows less in the figures: run before and after a change one after another and compare the
 * CPU columns. GC is the collectors' own accumulated time over the measured polls (pauses and concurrent work the
 * MXBeans report), per poll. Not JMH: a few polls of each case, medians.
 *
 * <pre>java -Xmx1g -Dsun.net.httpserver.nodelay=true -cp ... dev.liveops.bench.WatcherPollCpu [deployments...]</pre>
 */
public final class WatcherPollCpu {
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 8);
    /** Small cases also warm up for this long, so that the JIT has compiled the poll before it is timed. */
    private static final long WARM_UP_NANOS = Long.getLong("bench.warmUpMillis", 5_000) * 1_000_000;
    private static final int MEASURED = Integer.getInteger("bench.polls", 15);

    private WatcherPollCpu() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("deployments changed% wall_p50_ms cpu_p50_ms cpu_min_ms gc_ms_per_poll");
        for (int size : sizes) {
            for (int changed : List.of(0, 1, 100)) {
                WatcherPollBenchmark poll = new WatcherPollBenchmark();
                poll.deployments = size;
                poll.changedPercent = changed;
                poll.organisation();
                try {
                    long warmStart = System.nanoTime();
                    for (int i = 0; i < WARM_UP || System.nanoTime() - warmStart < WARM_UP_NANOS; i++) {
                        poll.poll();
                    }
                    long[] wall = new long[MEASURED];
                    long[] cpu = new long[MEASURED];
                    long gcBefore = gcMillis();
                    for (int i = 0; i < MEASURED; i++) {
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        long wallStart = System.nanoTime();
                        poll.poll();
                        wall[i] = System.nanoTime() - wallStart;
                        cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                    }
                    double gc = (gcMillis() - gcBefore) / (double) MEASURED;
                    Arrays.sort(wall);
                    Arrays.sort(cpu);
                    System.out.printf("%d %d %.1f %.1f %.1f %.1f%n", size, changed, wall[MEASURED / 2] / 1e6,
                            cpu[MEASURED / 2] / 1e6, cpu[0] / 1e6, gc);
                } finally {
                    poll.stop();
                }
            }
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
