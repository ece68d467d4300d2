package dev.liveops.quantconnect;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.Compile;
import dev.liveops.quantconnect.model.CompileState;
import dev.liveops.quantconnect.model.CreateLiveRequest;
import dev.liveops.quantconnect.model.CreatedDeployment;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Node;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed client against the sandbox over HTTP: the whole lifecycle, and the error paths, on the real wire. */
class ClientAgainstSandboxTest {
    private final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    private final QuantConnectSandbox sandbox = QuantConnectSandbox.builder().clock(clock).port(0).build().start();
    private final QuantConnectClient client = QuantConnectClient.builder()
            .baseUrl(sandbox.baseUrl())
            .credentials(new QuantConnectCredentials(sandbox.userId(), Secret.of(sandbox.apiToken())))
            .clock(clock)
            .retries(new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(2)))
            .build();

    @AfterEach
    void tearDown() {
        client.close();
        sandbox.close();
    }

    @Test
    void everyStatusCanBeListedThoughQuantConnectFiltersByFourOnly() {
        String compileId = client.compiles().create(PAIRS_TRADING).compileId();
        clock.advance(Duration.ofSeconds(3));
        Compile built = client.compiles().read(PAIRS_TRADING, compileId);
        Node node = client.projects().nodes(PAIRS_TRADING).firstFreeLiveNode().orElseThrow();
        client.live().create(new CreateLiveRequest(PAIRS_TRADING, built.compileId(), node.id(),
                new BrokerageSettings("BinanceBrokerage", Map.of(), List.of(), List.of("BinanceBrokerage"))));
        clock.advance(Duration.ofSeconds(3));

        assertThat(client.live().list(Optional.of(LiveStatus.INITIALIZING))).extracting(LiveDeployment::projectId)
                .containsExactly((long) PAIRS_TRADING);
        assertThat(client.live().list(Optional.of(LiveStatus.DEPLOY_ERROR))).isEmpty();
        assertThat(sandbox.dataProviders(PAIRS_TRADING)).containsExactly("BinanceBrokerage");
    }

    @Test
    void projectsAreReadInTheConfiguredOrganization() {
        try (QuantConnectClient member = clientIn(sandbox.organizationId());
             QuantConnectClient stranger = clientIn("0123456789abcdef")) {
            assertThat(member.projects().list()).extracting(p -> p.name()).contains("Research/PairsTrading");
            assertThatThrownBy(() -> stranger.projects().read(MOMENTUM)).isInstanceOf(QuantConnectApiException.class)
                    .hasMessage("You are not a member of organization 0123456789abcdef.");
        }
    }

    private QuantConnectClient clientIn(String organizationId) {
        return QuantConnectClient.builder().baseUrl(sandbox.baseUrl())
                .credentials(new QuantConnectCredentials(sandbox.userId(), Secret.of(sandbox.apiToken())))
                .clock(clock).organizationId(Optional.of(organizationId)).build();
    }

    @Test
    void compileCreateReadListThenLiquidateAndStop() {
        client.authenticate();
        assertThat(client.projects().list()).extracting(p -> p.name()).contains("Research/PairsTrading");

        Compile queued = client.compiles().create(PAIRS_TRADING);
        assertThat(queued.state()).isEqualTo(CompileState.IN_QUEUE);
        clock.advance(Duration.ofSeconds(3));
        Compile built = client.compiles().read(PAIRS_TRADING, queued.compileId());
        assertThat(built.state()).isEqualTo(CompileState.BUILD_SUCCESS);

        Node node = client.projects().nodes(PAIRS_TRADING).firstFreeLiveNode().orElseThrow();
        CreatedDeployment created = client.live().create(new CreateLiveRequest(PAIRS_TRADING, built.compileId(),
                node.id(), BrokerageSettings.paper()));
        assertThat(created.deployId()).startsWith("L-");
        assertThat(client.live().read(PAIRS_TRADING).status()).isEqualTo(LiveStatus.IN_QUEUE);
        clock.advance(Duration.ofSeconds(6));
        assertThat(client.live().read(PAIRS_TRADING).status()).isEqualTo(LiveStatus.RUNNING);
        assertThat(client.live().list(Optional.of(LiveStatus.RUNNING))).extracting(LiveDeployment::projectId)
                .containsExactlyInAnyOrder((long) MOMENTUM, (long) MEAN_REVERSION, (long) PAIRS_TRADING);

        assertThat(client.live().portfolio(MOMENTUM).openHoldings()).isNotEmpty();
        client.live().liquidate(MOMENTUM);
        client.live().stop(PAIRS_TRADING);

        assertThat(client.live().portfolio(MOMENTUM).openHoldings()).isEmpty();
        assertThat(client.live().read(MOMENTUM).stopped()).isNotNull();
        assertThat(client.live().list(Optional.empty()))
                .filteredOn(d -> d.projectId() == MOMENTUM || d.projectId() == PAIRS_TRADING)
                .extracting(LiveDeployment::status)
                .containsExactlyInAnyOrder(LiveStatus.LIQUIDATED, LiveStatus.STOPPED);
        assertThat(client.live().orders(MOMENTUM, 0, 100).orders()).isNotEmpty();
        String momentumDeploy = client.live().read(MOMENTUM).deployId();
        assertThat(client.live().logs(MOMENTUM, momentumDeploy, 0, 250).logs())
                .anySatisfy(line -> assertThat(line).contains("Liquidat"));
    }

    @Test
    void sandboxRefusalsArriveAsQuantConnectsOwnWords() {
        assertThatThrownBy(() -> client.live().create(new CreateLiveRequest(MOMENTUM, "nope", "LN-x",
                BrokerageSettings.paper())))
                .isInstanceOf(QuantConnectApiException.class)
                .message().isNotBlank().doesNotContain("Exception");
        assertThat(client.live().read(PAIRS_TRADING).status()).isEqualTo(LiveStatus.UNDEFINED);
    }

    @Test
    void aRuntimeErrorShowsInTheListWithItsMessage() {
        sandbox.faults().runtimeError(MEAN_REVERSION, "System.DivideByZeroException: Attempted to divide by zero.");

        assertThat(client.live().list(Optional.of(LiveStatus.RUNTIME_ERROR))).singleElement().satisfies(d -> {
            assertThat(d.projectId()).isEqualTo(MEAN_REVERSION);
            assertThat(d.error()).contains("Attempted to divide by zero");
        });
        assertThat(client.live().read(CRYPTO_BASIS).status()).isEqualTo(LiveStatus.STOPPED);
    }

    @Test
    void readsRideOutTransient5xxButAStopDoesNot() {
        sandbox.faults().failNextCalls(2, 503);
        assertThat(client.live().list(Optional.empty())).isNotEmpty();

        sandbox.faults().failNextCalls(1, 503);
        assertThatThrownBy(() -> client.live().stop(MOMENTUM)).isInstanceOf(OutcomeUnknownException.class);
        assertThat(client.live().read(MOMENTUM).status()).isEqualTo(LiveStatus.RUNNING);
    }

    @Test
    void aWrongTokenIsAnAuthenticationError() {
        try (QuantConnectClient wrong = QuantConnectClient.builder().baseUrl(sandbox.baseUrl())
                .credentials(new QuantConnectCredentials(sandbox.userId(), Secret.of("not-the-token")))
                .clock(clock).build()) {
            assertThatThrownBy(wrong::authenticate).isInstanceOf(QuantConnectAuthException.class);
        }
    }
}
