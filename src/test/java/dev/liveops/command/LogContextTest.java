package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A scope's ids hold until it closes, a nested scope adds to them, and closing gives back what was there. */
class LogContextTest {
    @Test
    void aNestedScopeAddsUntilItClosesAndTheOutermostLeavesNothing() {
        try (LogContext request = LogContext.request(Caller.console("alice", "Alice"))) {
            LogContext.add(LogContext.Key.COMMAND, "confirm");
            try (LogContext action = LogContext.nested()) {
                LogContext.add(LogContext.Key.ACTION_CODE, "AB12CD");
                LogContext.add(LogContext.Key.DEPLOY_ID, " ");

                assertThat(MDC.get("action_code")).isEqualTo("AB12CD");
                assertThat(MDC.get("request_id")).isEqualTo(request.requestId()).isEqualTo(action.requestId());
                assertThat(MDC.get("deploy_id")).isNull();
            }

            assertThat(MDC.get("action_code")).isNull();
            assertThat(MDC.get("command")).isEqualTo("confirm");
            assertThat(MDC.get("platform")).isEqualTo("console");
            assertThat(MDC.get("user")).isEqualTo("alice");
        }

        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
