package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.CommandPlan;
import dev.liveops.command.PendingAction;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TempDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A confirmed algorithm command keeps exactly what it will send, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PendingCommandStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

    @Parameter
    StoreKind kind;

    private TempDatabase store;
    private JdbcPendingActionStore actions;

    @BeforeEach
    void open() {
        store = TempDatabase.of(kind);
        actions = new JdbcPendingActionStore(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theCommandComesBackAsItWasConfirmedAndABroadcastHoldsItsOwnSlot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("$type", "OrderCommand");
        fields.put("ticker", "SPY");
        fields.put("quantity", 10L);
        PendingAction command = action("CMD001", CommandName.COMMAND, 23456789L,
                new CommandPlan("buy", Permission.LIQUIDATE, fields, null, 1));
        PendingAction broadcast = action("BRD001", CommandName.BROADCAST, -1L,
                new CommandPlan("risk-off", Permission.STOP, Map.of("mode", "defensive"), "org-1", 2));

        assertThat(actions.createUnlessBusy(command, NOW)).isEmpty();
        assertThat(actions.createUnlessBusy(broadcast, NOW)).isEmpty();

        assertThat(actions.find("CMD001")).hasValueSatisfying(found -> {
            assertThat(found.plan().command().fields()).containsExactly(Map.entry("$type", "OrderCommand"),
                    Map.entry("ticker", "SPY"), Map.entry("quantity", 10));
            assertThat(found.permission()).isEqualTo(Permission.LIQUIDATE);
            assertThat(found.plan().deployId()).isEqualTo("L-abc");
        });
        assertThat(actions.find("BRD001")).hasValueSatisfying(found -> {
            assertThat(found.plan().command().organizationId()).isEqualTo("org-1");
            assertThat(found.plan().command().reaches()).isEqualTo(2);
        });
        assertThat(actions.createUnlessBusy(action("BRD002", CommandName.BROADCAST, -1L,
                new CommandPlan("risk-off", Permission.STOP, Map.of(), "org-1", 2)), NOW)).isPresent();
    }

    private static PendingAction action(String code, CommandName kind, long projectId, CommandPlan plan) {
        return new PendingAction(code, kind, projectId, "Live/Momentum", ALICE, kind.word(),
                new ActionPlan(null, null, null, null, "L-abc", plan), false, Optional.empty(),
                ActionState.AWAITING_CONFIRMATION, NOW, NOW.plus(Duration.ofMinutes(2)), "");
    }
}
