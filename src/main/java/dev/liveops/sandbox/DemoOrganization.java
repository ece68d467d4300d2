package dev.liveops.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The seeded demo organization, laid out relative to the sandbox clock at start-up. It is built by replaying API
 * operations at past instants (compile, deploy, trade, stop), so its history is consistent with what the
 * endpoints would have produced. Same clock, same organization: every id and price is derived, none is random.
 *
 * <ul>
 *   <li>{@link #MOMENTUM} "Live/Momentum": Running for 3 days on {@link #NODE_EQUITIES_A}, Interactive Brokers.</li>
 *   <li>{@link #MEAN_REVERSION} "Live/MeanReversion": Running for 26 hours on {@link #NODE_EQUITIES_B}, paper.</li>
 *   <li>{@link #CRYPTO_BASIS} "Live/CryptoBasis": ran 10 days on {@link #NODE_CRYPTO}, Stopped 2 days ago.</li>
 *   <li>{@link #PAIRS_TRADING} "Research/PairsTrading": never deployed.</li>
 *   <li>{@link #BROKEN_BUILD} "Live/BrokenBuild": every compile ends in BuildError.</li>
 * </ul>
 * {@link #NODE_CRYPTO} and {@link #NODE_SPARE} are free live nodes.
 */
public final class DemoOrganization {
    public static final String ORGANIZATION_NAME = "LiveOps Demo Fund";
    public static final String USER_NAME = "Sandbox Trader";

    public static final int MOMENTUM = 23456789;
    public static final int MEAN_REVERSION = 23461204;
    public static final int CRYPTO_BASIS = 23470015;
    public static final int PAIRS_TRADING = 23489377;
    public static final int BROKEN_BUILD = 23501166;

    /** The first project id of the optional fleet (see {@link QuantConnectSandbox.Builder#fleet(int)}). */
    public static final int FLEET_FIRST_ID = 30_000_001;

    public static final String NODE_EQUITIES_A = liveNodeId("Equities Live A");
    public static final String NODE_EQUITIES_B = liveNodeId("Equities Live B");
    public static final String NODE_CRYPTO = liveNodeId("Crypto Live");
    public static final String NODE_SPARE = liveNodeId("Spare Live");

    private static final String INTERACTIVE_BROKERS = "InteractiveBrokersBrokerage";
    private static final String COINBASE = "CoinbaseBrokerage";

    private final CompileService compiles;
    private final DeploymentService deployments;
    private final DeploymentLifecycle lifecycle;
    private final PriceModel prices;

    DemoOrganization(CompileService compiles, DeploymentService deployments, DeploymentLifecycle lifecycle,
                     PriceModel prices) {
        this.compiles = compiles;
        this.deployments = deployments;
        this.lifecycle = lifecycle;
        this.prices = prices;
    }

    Organization build(String userId, Instant startedAt, int fleet) {
        Instant now = startedAt.truncatedTo(ChronoUnit.SECONDS);
        Organization organization = new Organization(IdGenerator.hex32("organization/" + ORGANIZATION_NAME),
                new SandboxUser(userId, USER_NAME, "https://www.quantconnect.com/u/sandbox_trader"));
        addNodes(organization);
        addProjects(organization, now);
        seedCryptoBasis(organization, now);
        seedMomentum(organization, now);
        seedMeanReversion(organization, now);
        addFleet(organization, now, fleet);
        return organization;
    }

    private static void addNodes(Organization organization) {
        organization.addNode(new ComputeNode("BN-" + IdGenerator.hex32("node/Backtest B2-8"),
                "Backtest B2-8", NodeKind.BACKTEST, "B2-8", "2 CPU cores, 8 GB RAM", 2, 8, 3.1, 0, "NY7-B01", 28, 280));
        organization.addNode(new ComputeNode("RN-" + IdGenerator.hex32("node/Research R1-4"),
                "Research R1-4", NodeKind.RESEARCH, "R1-4", "1 CPU core, 4 GB RAM", 1, 4, 2.4, 0, "NY7-R01", 14, 140));
        organization.addNode(liveNode("Equities Live A", "L1-1", "1 CPU core, 1 GB RAM", 1, 1, "NY7-L01", 24));
        organization.addNode(liveNode("Equities Live B", "L-MICRO", "1 CPU core, 0.5 GB RAM", 1, 0.5, "NY7-L02", 20));
        organization.addNode(liveNode("Crypto Live", "L1-2", "1 CPU core, 2 GB RAM", 1, 2, "NY7-L03", 32));
        organization.addNode(liveNode("Spare Live", "L2-4", "2 CPU cores, 4 GB RAM", 2, 4, "NY7-L04", 50));
    }

    private static void addProjects(Organization organization, Instant now) {
        organization.addProject(new Project(MOMENTUM, "Live/Momentum", Project.PYTHON,
                "Cross-sectional momentum on US large caps, weekly rebalance.",
                now.minus(Duration.ofDays(211)), now.minus(Duration.ofDays(4)),
                List.of(new TargetHolding(SymbolCatalog.SPY, 120), new TargetHolding(SymbolCatalog.QQQ, 60),
                        new TargetHolding(SymbolCatalog.NVDA, 150)), false));
        organization.addProject(new Project(MEAN_REVERSION, "Live/MeanReversion", Project.CSHARP,
                "Bollinger-band mean reversion on AAPL, MSFT and TSLA.",
                now.minus(Duration.ofDays(97)), now.minus(Duration.ofDays(2)),
                List.of(new TargetHolding(SymbolCatalog.AAPL, 150), new TargetHolding(SymbolCatalog.MSFT, 60),
                        new TargetHolding(SymbolCatalog.TSLA, -40)), false));
        organization.addProject(new Project(CRYPTO_BASIS, "Live/CryptoBasis", Project.PYTHON,
                "Spot leg of a BTC/ETH basis trade.",
                now.minus(Duration.ofDays(64)), now.minus(Duration.ofDays(13)),
                List.of(new TargetHolding(SymbolCatalog.BTCUSD, 0.75), new TargetHolding(SymbolCatalog.ETHUSD, 12)),
                false));
        organization.addProject(new Project(PAIRS_TRADING, "Research/PairsTrading", Project.PYTHON,
                "PEP/KO cointegration pair, still in research.",
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofHours(20)),
                List.of(new TargetHolding(SymbolCatalog.PEP, 100), new TargetHolding(SymbolCatalog.KO, -150)), false));
        organization.addProject(new Project(BROKEN_BUILD, "Live/BrokenBuild", Project.CSHARP,
                "Breakout strategy mid-refactor; does not compile.",
                now.minus(Duration.ofDays(12)), now.minus(Duration.ofHours(3)),
                List.of(new TargetHolding(SymbolCatalog.SPY, 10)), true));
    }

    private void addFleet(Organization organization, Instant now, int count) {
        for (int i = 1; i <= count; i++) {
            String name = String.format(java.util.Locale.ROOT, "Fleet/Strategy-%04d", i);
            organization.addNode(liveNode("Fleet Live " + i, "L1-1", "1 CPU core, 1 GB RAM", 1, 1, "NY7-F" + i, 24));
            organization.addProject(new Project(FLEET_FIRST_ID + i - 1, name, Project.PYTHON, "Fleet strategy " + i,
                    now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                    List.of(new TargetHolding(SymbolCatalog.SPY, 1)), false));
            deploy(organization, FLEET_FIRST_ID + i - 1, liveNodeId("Fleet Live " + i), Brokerage.PAPER_ID, 10_000,
                    now.minus(Duration.ofHours(5)), true);
        }
    }

    private void seedCryptoBasis(Organization organization, Instant now) {
        Instant launched = now.minus(Duration.ofDays(12));
        deploy(organization, CRYPTO_BASIS, NODE_CRYPTO, COINBASE, 150_000, launched);
        log(organization, CRYPTO_BASIS, launched.plus(Duration.ofDays(3)), "Basis 7.4% annualized; holding spot leg.");
        deployments.stop(organization, now.minus(Duration.ofDays(2)), CRYPTO_BASIS);
    }

    private void seedMomentum(Organization organization, Instant now) {
        Instant launched = now.minus(Duration.ofHours(76));
        deploy(organization, MOMENTUM, NODE_EQUITIES_A, INTERACTIVE_BROKERS, 250_000, launched);
        Instant rebalance = launched.plus(Duration.ofDays(1));
        log(organization, MOMENTUM, rebalance, "Momentum ranking: NVDA 1.84, SPY 1.12, QQQ 0.97; rebalancing.");
        deployments.trade(organization, rebalance, MOMENTUM, SymbolCatalog.SPY, 20, "Weekly rebalance");
        deployments.trade(organization, rebalance, MOMENTUM, SymbolCatalog.QQQ, -15, "Weekly rebalance");
        Instant dip = now.minus(Duration.ofHours(3));
        double limit = WireFormat.round2(prices.priceAt(SymbolCatalog.NVDA, dip) * 0.97);
        deployments.placeLimit(organization, dip, MOMENTUM, SymbolCatalog.NVDA, 25, limit, "Buy the dip");
        log(organization, MOMENTUM, dip, "Placed NVDA limit buy 25 @ " + limit + " (3% below last).");
    }

    private void seedMeanReversion(Organization organization, Instant now) {
        Instant launched = now.minus(Duration.ofHours(26));
        deploy(organization, MEAN_REVERSION, NODE_EQUITIES_B, Brokerage.PAPER_ID, 100_000, launched);
        Instant exit = launched.plus(Duration.ofHours(20));
        log(organization, MEAN_REVERSION, exit, "AAPL z-score 2.10 above the upper band; taking profit.");
        deployments.trade(organization, exit, MEAN_REVERSION, SymbolCatalog.AAPL, -50, "Take profit");
    }

    /** Compiles, deploys and lets the deployment reach Running (and place its entry orders), all in the past. */
    private void deploy(Organization organization, int projectId, String nodeId, String brokerageId, double cash,
                        Instant launched) {
        deploy(organization, projectId, nodeId, brokerageId, cash, launched, false);
    }

    /** @param alone settles only this project: a fleet of 100,000 settled whole after each deploy took hours */
    private void deploy(Organization organization, int projectId, String nodeId, String brokerageId, double cash,
                        Instant launched, boolean alone) {
        Compile compile = compiles.create(organization, launched.minus(Duration.ofMinutes(10)), projectId);
        deployments.create(organization, launched, new LiveCreateRequest(projectId, compile.compileId(), nodeId,
                LeanVersion.ID, new Brokerage(brokerageId), cash, List.of()));
        Instant running = lifecycle.runningSince(organization.latestDeployment(projectId).orElseThrow());
        if (alone) {
            lifecycle.settle(organization, projectId, running);
        } else {
            lifecycle.settle(organization, running);
        }
    }

    private static void log(Organization organization, int projectId, Instant at, String text) {
        String deployId = organization.latestDeployment(projectId).orElseThrow().deployId();
        organization.logs().append(projectId, deployId, at, text);
    }

    private static ComputeNode liveNode(String name, String sku, String description, int cpu, double ram,
                                        String host, int monthlyPrice) {
        return new ComputeNode(liveNodeId(name), name, NodeKind.LIVE, sku, description, cpu, ram, 2.4, 500, host,
                monthlyPrice, monthlyPrice * 10);
    }

    private static String liveNodeId(String name) {
        return "LN-" + IdGenerator.hex32("node/" + name);
    }
}
