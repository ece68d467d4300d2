package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Platform;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Inbound deliveries on SQLite and PostgreSQL: of one id delivered many times at once, one runs. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class JdbcInboundLedgerTest {
    @Parameter
    StoreKind kind;

    private final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    private TempDatabase store;
    private JdbcInboundLedger ledger;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        ledger = new JdbcInboundLedger(store.database(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ofEightDeliveriesOfOneIdAtOnceOneIsFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ledger.firstTime(Platform.SLACK, "1337.42.abcdef");
                }));
            }
            start.countDown();
            List<Boolean> first = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                first.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(first).containsOnlyOnce(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameIdOnAnotherPlatformIsAnotherDeliveryAndOldIdsAreForgotten() {
        assertThat(ledger.firstTime(Platform.SLACK, "42")).isTrue();
        assertThat(ledger.firstTime(Platform.DISCORD, "42")).isTrue();
        assertThat(ledger.firstTime(Platform.DISCORD, "42")).isFalse();

        clock.advance(Duration.ofDays(2));

        assertThat(ledger.firstTime(Platform.DISCORD, "43")).isTrue();
        assertThat(ledger.firstTime(Platform.DISCORD, "42")).isTrue();
    }
}
