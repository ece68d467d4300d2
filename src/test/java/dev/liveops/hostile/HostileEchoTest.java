package dev.liveops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a caller typed is shown back (in errors and in the audit trail) short and without characters that act. */
class HostileEchoTest {
    private static final Caller ADMIN = new Caller(Platform.SLACK, "U-ADMIN", "ada", Set.of(), "C1");

    @Test
    void theAuditTrailShowsAHugeOrEscapeLadenLineShortAndInert() {
        try (TestCore core = TestCore.builder().user(Platform.SLACK, "U-ADMIN", "admin").build()) {
            core.gateway().handle(ADMIN, "read " + "x".repeat(100_000));
            core.gateway().handle(ADMIN, "read \u001b[2J\u001b[31mmomentum");

            Reply audit = core.gateway().handle(ADMIN, "audit");

            List<String> commands = audit.table().orElseThrow().rows().stream().map(row -> row.get(2)).toList();
            assertThat(commands).hasSize(2);
            assertThat(commands.get(0)).isEqualTo("read \\u001b[2J\\u001b[31mmomentum");
            assertThat(commands.get(1)).startsWith("read xxx").endsWith("…").hasSizeLessThanOrEqualTo(120);
        }
    }

    @Test
    void aQuotedNameEchoesSeparatorsAndDirectionOverridesAsVisibleEscapes() {
        try (TestCore core = TestCore.builder().user(Platform.SLACK, "U-ADMIN", "admin").build()) {
            Reply reply = core.gateway().handle(ADMIN, "read \"Live/\u202emoc\u001fx\u2028y\"");

            assertThat(reply.text()).startsWith("There is no project 'Live/\\u202emoc\\u001fx\\u2028y'.");
        }
    }
}
