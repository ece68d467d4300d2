package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /live insights through the core against the sandbox: read-only, for viewers, the last n as a table. */
class InsightsCommandTest {
    private static final Caller VIEWER = new Caller(Platform.SLACK, "U300", "vera", Set.of(), "C-OPS");
    private static final Caller NOBODY = new Caller(Platform.SLACK, "U999", "nina", Set.of(), "C-OPS");

    @Test
    void aViewerReadsTheLastInsightsNewestLast() {
        try (TestCore core = TestCore.builder().user(Platform.SLACK, "U300", "viewer").build()) {
            Reply reply = core.gateway().handle(VIEWER, "insights momentum 5");
            Reply refused = core.gateway().handle(NOBODY, "insights momentum");

            assertThat(reply.title()).isEqualTo("Live/Momentum: last 5 insights");
            assertThat(reply.table()).hasValueSatisfying(table -> {
                assertThat(table.columns()).containsExactly("Generated", "Symbol", "Direction", "Period",
                        "Magnitude", "Confidence", "Model");
                assertThat(table.rows()).hasSize(5).allSatisfy(row -> {
                    assertThat(row.get(1)).isIn("NVDA", "SPY", "QQQ");
                    assertThat(row.get(3)).isEqualTo("30m");
                    assertThat(row.get(6)).isEqualTo("MomentumAlphaModel");
                });
                // Running since 3 days 4 h before, one insight every 30 min: the newest is from 14:00.
                assertThat(table.rows().get(4).get(0)).isEqualTo("2026-11-20 14:00 UTC");
            });
            assertThat(refused.text()).startsWith("You have no LiveOps role");
        }
    }
}
