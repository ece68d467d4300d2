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
 * acknowledged) for a set of rounds, then for each stage the time since the command was sent, p50 and p99.
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

    /** Prints the stages of the deliveries LiveOps saw while recording. */
    void print(String platform, int concurrent) throws IOException {
        Path file = Files.createTempFile("ack-stages", ".jfr");
        try {
            recording.dump(file);
            List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.hasField("stage")).toList());
            events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
            Map<String, Map<String, Instant>> byDelivery = platform.startsWith("Slack") ? slack(events)
                    : discord(events);
            Map<String, List<Long>> sinceSent = new LinkedHashMap<>();
            for (Map<String, Instant> stages : byDelivery.values()) {
                Instant sent = stages.get(BenchStage.SENT);
                if (sent == null || stages.size() < 3) {
                    continue; // a floor command, or one sent before the recording
                }
                stages.forEach((stage, at) -> sinceSent.computeIfAbsent(stage, s -> new ArrayList<>())
                        .add(Duration.between(sent, at).toNanos()));
            }
            System.out.printf("%nWhere the time goes: %s, %d at once (time since the command was sent)%n", platform,
                    concurrent);
            System.out.println("| stage | commands | p50 | p99 |");
            System.out.println("| --- | ---: | ---: | ---: |");
            sinceSent.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(
                    AcknowledgementLatency.percentile(a, 0.5), AcknowledgementLatency.percentile(b, 0.5))))
                    .forEach(stage -> System.out.printf("| %s | %d | %s | %s |%n", stage.getKey(),
                            stage.getValue().size(), AcknowledgementLatency.millis(stage.getValue(), 0.50),
                            AcknowledgementLatency.millis(stage.getValue(), 0.99)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** RECEIVED and ACK_WRITTEN carry no trigger id: they belong to the request their thread was serving. */
    private static Map<String, Map<String, Instant>> slack(List<RecordedEvent> events) {
        Map<String, Map<String, Instant>> byDelivery = new HashMap<>();
        Map<Long, Instant> receivedOn = new HashMap<>();
        Map<Long, String> servingOn = new HashMap<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(DiscordDeferStage.NAME)) {
                continue;
            }
            String stage = event.getString("stage");
            String delivery = event.getString("delivery");
            long thread = event.getThread() == null ? -1 : event.getThread().getJavaThreadId();
            if (event.getEventType().getName().equals(BenchStage.NAME)) {
                byDelivery.computeIfAbsent(delivery, d -> new LinkedHashMap<>()).put(stage, event.getStartTime());
            } else if (stage.equals(SlackAckStage.Stage.RECEIVED.name())) {
                receivedOn.put(thread, event.getStartTime());
                servingOn.remove(thread);
            } else if (delivery != null) {
                Map<String, Instant> stages = byDelivery.computeIfAbsent(delivery, d -> new LinkedHashMap<>());
                if (!servingOn.containsKey(thread) && receivedOn.containsKey(thread)) {
                    stages.put(SlackAckStage.Stage.RECEIVED.name(), receivedOn.get(thread));
                }
                servingOn.put(thread, delivery);
                stages.put(stage, event.getStartTime());
            } else if (servingOn.containsKey(thread)) {
                byDelivery.get(servingOn.remove(thread)).put(stage, event.getStartTime());
            }
        }
        return byDelivery;
    }

    private static Map<String, Map<String, Instant>> discord(List<RecordedEvent> events) {
        Map<String, Map<String, Instant>> byDelivery = new HashMap<>();
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(SlackAckStage.NAME)) {
                continue;
            }
            String id = event.hasField("interaction") ? event.getString("interaction") : event.getString("delivery");
            byDelivery.computeIfAbsent(id, d -> new LinkedHashMap<>()).put(event.getString("stage"),
                    event.getStartTime());
        }
        return byDelivery;
    }

    @Override
    public void close() {
        recording.close();
    }
}
