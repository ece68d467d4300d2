package dev.liveops.command;

import static dev.liveops.testing.TestCallers.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCore;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A command's audit row is committed before its reply is returned: another connection to the store reads it the
 * moment the gateway answers, on SQLite (where audit rows go through a connection of their own) and PostgreSQL.
 */
class AuditBeforeTheAnswerTest {
    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void eachAnsweredCommandsRowIsInTheStoreWhenItsReplyIsReturned(StoreKind kind) {
        try (TestCore core = TestCore.builder().consoleAdmin().store(kind).build()) {
            for (String line : new String[] {"read momentum", "list", "read momentum"}) {
                core.gateway().handle(ALICE, line);

                AuditEntry last = core.stores().auditLog().recent(Optional.empty(), 1).get(0);
                assertThat(last.commandText()).isEqualTo(line);
                assertThat(last.step()).isEqualTo(AuditStep.ANSWERED);
            }
            assertThat(core.stores().auditLog().recent(Optional.empty(), 10)).hasSize(3);
        }
    }
}
