package dev.liveops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationComposerTest {
    private static final Instant AT = Instant.parse("2026-11-20T14:30:00Z");
    private final NotificationComposer composer = new NotificationComposer();

    @Test
    void oneFailedPollIsSingular() {
        Reply alert = composer.outage(new Outage(AT, 1, "HTTP 503", false), List.of());

        assertThat(alert.text()).contains("(1 failed poll; last: HTTP 503)");
    }

    @Test
    void aGroupLeadsWithItsMostUrgentChange() {
        Reply grouped = composer.grouped(List.of(change(1, "Live/A", LiveStatus.STOPPED),
                change(2, "Live/B", LiveStatus.RUNTIME_ERROR), change(3, "Live/C", LiveStatus.RUNNING)), List.of());

        assertThat(grouped.severity()).isEqualTo(Severity.ERROR);
        assertThat(grouped.table()).hasValueSatisfying(table -> assertThat(table.rows())
                .extracting(row -> row.get(0)).containsExactly("Live/B", "Live/C", "Live/A"));
    }

    private static StatusChange change(long projectId, String name, LiveStatus to) {
        return new StatusChange(projectId, name, "L-" + projectId, StatusChange.Kind.CHANGED,
                Optional.of(LiveStatus.IN_QUEUE), Optional.of(to), AT, "", null);
    }
}
