package dev.liveops.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Button.Style;
import dev.liveops.reply.Reply.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "yes" and "no" answer the last question by what its buttons do, never by how they look. */
class ConsoleSessionTest {
    private final List<String> sent = new ArrayList<>();

    @Test
    void yesRunsTheConfirmButtonWhicheverButtonIsStyledDangerous() {
        ConsoleSession session = answering(Reply.builder(Severity.WARNING, "Stop Live/Momentum?")
                .button("Cancel", "cancel ABC123", Style.DANGER)
                .button("Confirm stop", "confirm ABC123", Style.PRIMARY).build());
        session.handle("stop momentum");

        session.handle("yes");

        assertThat(sent).containsExactly("stop momentum", "confirm ABC123");
    }

    @Test
    void yesRunsTheApproveButton() {
        ConsoleSession session = answering(Reply.builder(Severity.WARNING, "Waiting for approval")
                .button("Cancel", "cancel ABC123", Style.SECONDARY)
                .button("Approve", "approve ABC123", Style.SECONDARY).build());
        session.handle("confirm ABC123");

        session.handle("y");

        assertThat(sent).containsExactly("confirm ABC123", "approve ABC123");
    }

    @Test
    void noRunsTheCancelButton() {
        ConsoleSession session = answering(Reply.builder(Severity.WARNING, "Stop Live/Momentum?")
                .button("Confirm stop", "confirm ABC123", Style.DANGER)
                .button("Cancel", "cancel ABC123", Style.SECONDARY).build());
        session.handle("stop momentum");

        session.handle("no");

        assertThat(sent).containsExactly("stop momentum", "cancel ABC123");
    }

    @Test
    void yesWithoutAQuestionRunsNothing() {
        ConsoleSession session = answering(Reply.builder(Severity.INFO, "Deployments")
                .button("Next", "list --page 2", Style.DANGER).build());
        session.handle("list");

        Reply reply = session.handle("yes");

        assertThat(sent).containsExactly("list");
        assertThat(reply.text()).isEqualTo("Nothing is waiting for a yes or no.");
    }

    private ConsoleSession answering(Reply reply) {
        return new ConsoleSession((caller, line) -> {
            sent.add(line);
            return reply;
        }, Caller.console("alice", "alice"));
    }
}
