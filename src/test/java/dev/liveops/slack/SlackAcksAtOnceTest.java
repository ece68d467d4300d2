package dev.liveops.slack;

import static dev.liveops.slack.SlackBotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import dev.liveops.config.LimitsConfig;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack's requests are served side by side: one that waits holds up no other. */
class SlackAcksAtOnceTest {
    private static final int WAITING = 8;

    private final CountDownLatch commandHeld = new CountDownLatch(1);
    private final CountDownLatch storeHeld = new CountDownLatch(1);
    private SlackBotHarness slack;

    @AfterEach
    void tearDown() {
        storeHeld.countDown();
        commandHeld.countDown();
        slack.close();
    }

    @Test
    void manyRefusalsCanWaitForTheStoreAtOnce() throws Exception {
        slack = new SlackBotHarness(SlackTestWorkspace.core().build(), new LimitsConfig(1, 0));
        AtomicBoolean holdStore = new AtomicBoolean();
        CountDownLatch waitingForStore = new CountDownLatch(WAITING);
        doAnswer(call -> {
            commandHeld.await();
            return call.callRealMethod();
        }).when(slack.gateway).handle(any(), eq("list"));
        doAnswer(call -> {
            if (holdStore.get()) {
                waitingForStore.countDown();
                storeHeld.await();
            }
            return call.callRealMethod();
        }).when(slack.gateway).isFirstDelivery(any(), any());
        // The only slot is taken by a command that does not finish: every later one is refused, which asks the store.
        assertThat(slack.post(slack.command(SlackTestWorkspace.TOM, "tom", "list", "slot")).body())
                .contains("Working on it");
        holdStore.set(true);

        List<CompletableFuture<HttpResponse<String>>> refusals = new ArrayList<>();
        for (int i = 0; i < WAITING; i++) {
            refusals.add(slack.postAsync(slack.command(SlackTestWorkspace.TOM, "tom", "list Running", "r" + i)));
        }

        assertThat(waitingForStore.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as(WAITING + " requests served at once")
                .isTrue();
        storeHeld.countDown();
        for (CompletableFuture<HttpResponse<String>> refusal : refusals) {
            assertThat(refusal.get(WAIT.toSeconds(), TimeUnit.SECONDS).body()).contains("configured limit");
        }
    }
}
