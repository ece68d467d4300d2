package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The words around the numbers: a count agrees with its noun, an amount puts its sign before the currency symbol. */
class ReplyWordingTest {
    private static final Caller ADMIN = TestCallers.ALICE;

    private TestCore harness;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        harness = TestCore.builder().consoleAdmin().build();
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

    @Test
    void moneyInSentencesAndFieldsCarriesTheAccountCurrencySymbol() {
        Reply portfolio = gateway.handle(ADMIN, "portfolio momentum");
        Reply preview = gateway.handle(ADMIN, "liquidate momentum");

        assertThat(portfolio.text()).matches("3 open holdings worth \\$[\\d,]+\\.\\d{2}\\.");
        assertThat(portfolio.fields()).filteredOn(field -> field.name().equals("Cash USD")).singleElement()
                .satisfies(field -> assertThat(field.value()).matches("\\$[\\d,]+\\.\\d{2}"));
        assertThat(preview.text())
                .matches("This closes 3 holdings worth \\$[\\d,]+\\.\\d{2} at market and stops the algorithm\\.");
        assertThat(preview.fields()).filteredOn(field -> field.name().equals("Equity")).singleElement()
                .satisfies(field -> assertThat(field.value()).matches("\\$[\\d,]+\\.\\d{2}"));
    }

    @Test
    void aPageBeyondTheLastSaysSoInsteadOfShowingTheFirstAgain() {
        Reply reply = gateway.handle(ADMIN, "list --page 2");

        assertThat(reply.text()).isEqualTo("Live deployments fill 1 page; there is no page 2.");
        assertThat(reply.table()).isEmpty();
    }
}
