package dev.liveops.command;

import static dev.liveops.command.CoreHarness.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.reply.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words around the numbers: a count agrees with its noun, an amount puts its sign before the currency symbol. */
class ReplyWordingTest {
    @TempDir
    Path folder;

    private CoreHarness harness;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        harness = new CoreHarness(folder);
        gateway = harness.gateway();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        assertThat(gateway.handle(ADMIN, "logs momentum 1").title()).isEqualTo("Live/Momentum: last 1 log line");
        assertThat(gateway.handle(ADMIN, "logs momentum 2").title()).isEqualTo("Live/Momentum: last 2 log lines");
    }

    @Test
    void readWritesEveryAmountWithTheSignBeforeTheCurrencySymbol() {
        // LEAN sends "Unrealized" as "$-94.40" and "Fees" as "-$4.00"; MeanReversion has both negative.
        Reply read = gateway.handle(ADMIN, "read meanreversion");

        assertThat(read.fields()).filteredOn(field -> field.name().equals("Unrealized")).singleElement()
                .satisfies(field -> assertThat(field.value()).matches("-\\$[\\d,]+\\.\\d{2}"));
        assertThat(read.fields()).filteredOn(field -> field.name().equals("Fees")).singleElement()
                .satisfies(field -> assertThat(field.value()).matches("-\\$[\\d,]+\\.\\d{2}"));
        assertThat(read.fields()).noneSatisfy(field -> assertThat(field.value()).contains("$-"));
    }
}
