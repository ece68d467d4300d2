package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command taken while an ack is made on this thread starts once the ack is written; with no ack being made, now. */
class AfterAckTest {
    private final AfterAck afterAck = new AfterAck();
    private final List<String> happened = new ArrayList<>();

    @Test
    void aCommandTakenWhileAnAckIsMadeStartsAfterTheAckIsWritten() throws IOException {
        afterAck.serve(() -> {
            afterAck.execute(() -> happened.add("command started"));
            happened.add("ack built");
            happened.add("ack written");
        });

        assertThat(happened).containsExactly("ack built", "ack written", "command started");
    }

    @Test
    void aCommandTakenWithNoAckBeingMadeOnThisThreadStartsAtOnce() throws IOException {
        afterAck.execute(() -> happened.add("socket mode command started"));
        afterAck.serve(() -> happened.add("the next request's ack written"));

        assertThat(happened).containsExactly("socket mode command started", "the next request's ack written");
    }

    @Test
    void aCommandStartsEvenWhenItsAckCouldNotBeWritten() {
        assertThatThrownBy(() -> afterAck.serve(() -> {
            afterAck.execute(() -> happened.add("command started"));
            throw new IOException("connection reset by peer");
        })).hasMessage("connection reset by peer");

        assertThat(happened).as("as before: Slack retries an ack it did not get, and the retry runs nothing twice")
                .containsExactly("command started");
    }
}
