package dev.liveops.command;

import static dev.liveops.sandbox.DemoOrganization.NODE_EQUITIES_B;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.reply.Reply;
import dev.liveops.testing.Replies;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a deploy preview shows and what the confirmed deploy sends, against the sandbox. */
class DeployPreviewTest {
    private static final Caller ADMIN = TestCallers.ALICE;

    private TestCore harness;

    @BeforeEach
    void setUp() {
        harness = admin().build();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void theProfilesDataProvidersAreShownAndSent() {
        harness.close();
        harness = admin().rules(rulesWith(new BrokerageSettings("BinanceBrokerage", Map.of(),
                List.of(), List.of("BinanceBrokerage")))).build();
        CommandGateway gateway = harness.gateway();

        Reply preview = gateway.handle(ADMIN, "deploy pairs --node \"Spare Live\"");
        gateway.handle(ADMIN, "confirm " + Replies.confirmCode(preview));

        assertThat(field(preview, "Data providers")).isEqualTo("BinanceBrokerage");
        assertThat(harness.sandbox().dataProviders(PAIRS_TRADING)).containsExactly("BinanceBrokerage");
    }

    @Test
    void aProfileNamingNoProviderUsesQuantConnectsFeed() {
        CommandGateway gateway = harness.gateway();

        Reply preview = gateway.handle(ADMIN, "deploy pairs --node \"Spare Live\"");
        gateway.handle(ADMIN, "confirm " + Replies.confirmCode(preview));

        assertThat(field(preview, "Data providers")).isEqualTo("QuantConnectBrokerage");
        assertThat(harness.sandbox().dataProviders(PAIRS_TRADING)).containsExactly("QuantConnectBrokerage");
    }

    @Test
    void aBusyNodeIsRefusedInOneSentenceSayingWhoUsesIt() {
        Reply reply = harness.gateway().handle(ADMIN, "deploy pairs --node \"Equities Live B\"");

        assertThat(reply.text()).isEqualTo("Node 'Equities Live B' (" + NODE_EQUITIES_B + ") is in use by Sandbox "
                + "Trader for Live/MeanReversion; free live nodes: Crypto Live, Spare Live.");
    }

    private static TestCore.Builder admin() {
        return TestCore.builder().consoleAdmin();
    }

    private static ActionRules rulesWith(BrokerageSettings profile) {
        return new ActionRules(ActionRules.DEFAULT_CONFIRMATION_TTL, ActionRules.DEFAULT_APPROVAL_TTL, Set.of(),
                Map.of("binance", profile), Optional.of("binance"));
    }

    private static String field(Reply reply, String name) {
        return reply.fields().stream().filter(f -> f.name().equals(name)).findFirst().map(Reply.Field::value)
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + reply));
    }
}
