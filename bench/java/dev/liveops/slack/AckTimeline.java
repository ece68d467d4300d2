package dev.liveops.slack;

import dev.liveops.discord.DiscordDeferStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an acknowledgement's time goes: a JFR recording of LiveOps' stage events and the benchmark's own (sent,
 * acknowledged) for a set of rounds, then for each stage the time since the command was sent, p50 and p99, and, from
 * the stage before it on the same thread, the wall time and the thread's CPU time (p50): the difference is time the
 * thread was ready but not running (the machine) or blocked.
 */
final class AckTimeline implements AutoCloseable {
    private final Recording recording = new Recording();

    AckTimeline() {
        recording.enable(SlackAckStage.NAME).withoutThreshold();
        recording.enable(DiscordDeferStage.NAME).withoutThreshold();
        recording.enable(BenchStage.NAME).withoutThreshold();
        recording.start();
    }

    /** Stops recording: the rounds to look at are done. */
    void stop() {
        recording.stop();
    }

    /** One stage of one delivery: when, on which thread, and that thread's CPU time then (-1: not known). */
    private record Mark(Instant at, long thread, long cpu) {
    }

    /** Prints the stages of the deliveries LiveOps saw while recording. */
    void print(String platform, int concurrent) throws IOException {
        Path file = Files.createTempFile("ack-stages", ".jfr");
        try {
            recording.dump(file);
            List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.hasField("stage")).toList());
            events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
            Map<String, Map<String, Mark>> byDelivery = platform.startsWith("Slack") ? slack(events)
                    : discord(events);
            Map<String, List<Long>> sinceSent = new LinkedHashMap<>();
            Map<String, List<Long>> wallOnThread = new HashMap<>();
            Map<String, List<Long>> cpuOnThread = new HashMap<>();
            for (Map<String, Mark> stages : byDelivery.values()) {
                Mark sent = stages.containsKey(BenchStage.SENT) ? stages.get(BenchStage.SENT)
                        : stages.get(BenchStage.FLOOR_SENT);
                if (sent == null || stages.size() < 3) {
                    continue; // a floor command, or one sent before the recording
                }
                stages.forEach((stage, mark) -> {
                    sinceSent.computeIfAbsent(stage, s -> new ArrayList<>())
                            .add(Duration.between(sent.at(), mark.at()).toNanos());
                    stages.values().stream().filter(before -> before != sent && before.thread() == mark.thread()
                                    && before.cpu() >= 0
                                    && mark.cpu() >= 0 && before.at().isBefore(mark.at()))
                            .max((a, b) -> a.at().compareTo(b.at())).ifPresent(before -> {
                                wallOnThread.computeIfAbsent(stage, s -> new ArrayList<>())
                                        .add(Duration.between(before.at(), mark.at()).toNanos());
                                cpuOnThread.computeIfAbsent(stage, s -> new ArrayList<>())
                                        .add(mark.cpu() - before.cpu());
                            });
                });
            }
            System.out.printf("%nWhere the time goes: %s, %d at once (time since the command was sent; from the stage "
                    + "before on the same thread: wall and that thread's CPU time)%n", platform, concurrent);
            System.out.println("| stage | commands | p50 | p99 | wall from the stage before, p50 | CPU, p50 |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            sinceSent.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(
                    AcknowledgementLatency.percentile(a, 0.5), AcknowledgementLatency.percentile(b, 0.5))))
                    .forEach(stage -> System.out.printf("| %s | %d | %s | %s | %s | %s |%n", stage.getKey(),
                            stage.getValue().size(), AcknowledgementLatency.millis(stage.getValue(), 0.50),
                            AcknowledgementLatency.millis(stage.getValue(), 0.99),
                            micros(wallOnThread.get(stage.getKey())), micros(cpuOnThread.get(stage.getKey()))));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String micros(List<Long> nanos) {
        return nanos == null ? "-" : String.format("%.0f µs", AcknowledgementLatency.percentile(nanos, 0.5) / 1e3);
    }

    private static Mark mark(RecordedEvent event) {
        long thread = event.getThread() == null ? -1 : event.getThread().getJavaThreadId();
        return new Mark(event.getStartTime(), thread, event.hasField("threadCpu") ? event.getLong("threadCpu") : -1);
    }

    /** RECEIVED and ACK_WRITTEN carry no trigger id: they belong to the request their thread was serving. */
    private static Map<String, Map<String, Mark>> slack(List<RecordedEvent> events) {
        Map<String, Map<String, Mark>> byDelivery = new HashMap<>();
        Map<Long, Mark> receivedOn = new HashMap<>();
        Map<Long, String> servingOn = new HashMap<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(DiscordDeferStage.NAME)) {
                continue;
            }
            String stage = event.getString("stage");
            String delivery = event.getString("delivery");
            long thread = event.getThread() == null ? -1 : event.getThread().getJavaThreadId();
            if (event.getEventType().getName().equals(BenchStage.NAME)) {
                byDelivery.computeIfAbsent(delivery, d -> new LinkedHashMap<>()).put(stage, mark(event));
            } else if (stage.equals(SlackAckStage.Stage.RECEIVED.name())) {
                receivedOn.put(thread, mark(event));
                servingOn.remove(thread);
            } else if (delivery != null) {
                Map<String, Mark> stages = byDelivery.computeIfAbsent(delivery, d -> new LinkedHashMap<>());
                if (!servingOn.containsKey(thread) && receivedOn.containsKey(thread)) {
                    stages.put(SlackAckStage.Stage.RECEIVED.name(), receivedOn.get(thread));
                }
                servingOn.put(thread, delivery);
                stages.put(stage, mark(event));
            } else if (servingOn.containsKey(thread)) {
                byDelivery.get(servingOn.remove(thread)).put(stage, mark(event));
            }
        }
        return byDelivery;
    }

    private static Map<String, Map<String, Mark>> discord(List<RecordedEvent> events) {
        Map<String, Map<String, Mark>> byDelivery = new HashMap<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(SlackAckStage.NAME)) {
                continue;
            }
            String id = event.hasField("interaction") ? event.getString("interaction") : event.getString("delivery");
            byDelivery.computeIfAbsent(id, d -> new LinkedHashMap<>()).put(event.getString("stage"), mark(event));
        }
        return byDelivery;
    }

    @Override
    public void close() {
        recording.close();
    }
}
