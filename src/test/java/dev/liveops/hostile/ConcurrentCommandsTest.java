package dev.liveops.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A burst of commands from many people at once: every one answered, each audited once, nothing stuck. */
class ConcurrentCommandsTest {
    private static final int USERS = 50;
    private static final int COMMANDS = 200;
    private static final List<String> LINES = List.of("read momentum", "list", "portfolio meanrev", "whoami",
            "orders momentum 3", "logs cryptobasis 5", "help stop", "lst", "read nosuchproject", "audit 1");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoHundredCommandsFromFiftyUsersAreAllAnsweredAndAudited() throws Exception {
        TestCore.Builder builder = TestCore.builder();
        for (int u = 0; u < USERS; u++) {
            builder.user(Platform.SLACK, "U" + u, u % 10 == 0 ? "admin" : "viewer");
        }
        try (TestCore core = builder.build()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < COMMANDS; i++) {
                Caller caller = new Caller(Platform.SLACK, "U" + (i % USERS), null, Set.of(), "C" + (i % 7));
                String line = LINES.get(i % LINES.size());
                replies.add(pool.submit(() -> {
                    start.await();
                    return core.gateway().handle(caller, line);
                }));
            }
            start.countDown();
            pool.shutdown();

            assertThat(pool.awaitTermination(45, TimeUnit.SECONDS)).as("every command came back").isTrue();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().text()).doesNotStartWith("Something went wrong inside LiveOps");
            }
            List<AuditEntry> audited = core.stores().auditLog().recent(Optional.empty(), 10 * COMMANDS);
            assertThat(audited).as("one audit entry per command").hasSize(COMMANDS);
            assertThat(audited.stream().collect(Collectors.groupingBy(entry -> entry.caller().userId(),
                    Collectors.counting()))).as("each user's four commands").hasSize(USERS)
                    .allSatisfy((user, count) -> assertThat(count).as(user).isEqualTo(COMMANDS / USERS));
        }
    }
}
