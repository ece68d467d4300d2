package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CashBalance;
import dev.liveops.quantconnect.model.ChartPoint;
import dev.liveops.quantconnect.model.CreateLiveRequest;
import dev.liveops.quantconnect.model.CreatedDeployment;
import dev.liveops.quantconnect.model.Holding;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.LogPage;
import dev.liveops.quantconnect.model.Order;
import dev.liveops.quantconnect.model.OrderDirection;
import dev.liveops.quantconnect.model.OrderPage;
import dev.liveops.quantconnect.model.OrderStatus;
import dev.liveops.quantconnect.model.OrderType;
import dev.liveops.quantconnect.model.Portfolio;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Live Management endpoints: create, read, list, stop, liquidate, logs, portfolio, orders, equity chart. */
public final class LiveApi {
    /** QuantConnect refuses log windows wider than this. */
    public static final int MAX_LOG_LINES = 250;
    /** LEAN's limit for one orders window; the spec's 1000 is not what LEAN's own client uses. */
    public static final int MAX_ORDERS = 100;
    /** The only statuses live/list's {@code status} field takes (its documented enum; LEAN refuses the rest). */
    static final Set<LiveStatus> SERVER_FILTERS = EnumSet.of(LiveStatus.RUNNING, LiveStatus.STOPPED,
            LiveStatus.RUNTIME_ERROR, LiveStatus.LIQUIDATED);

    private final ApiTransport transport;
    private final EquityChartReader charts;

    LiveApi(ApiTransport transport, EquityChartReader charts) {
        this.transport = transport;
        this.charts = charts;
    }

    /** Starts live trading. Sent at most once: on a lost answer it throws {@link OutcomeUnknownException}. */
    public CreatedDeployment create(CreateLiveRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versionId", request.versionId());
        body.put("projectId", request.projectId());
        body.put("compileId", request.compileId());
        body.put("nodeId", request.nodeId());
        body.put("brokerage", brokerageWire(request.brokerage()));
        body.put("dataProviders", dataProvidersWire(request.brokerage()));
        body.put("automaticRedeploy", request.automaticRedeploy());
        return transport.call(Endpoint.LIVE_CREATE, body, CreatedDeployment.class);
    }

    /**
     * The project's current (latest) deployment. A project never deployed comes back with status
     * {@link LiveStatus#UNDEFINED}, whichever of its two known answers QuantConnect gives (that status, or the error
     * "No live deployment found").
     */
    public LiveAlgorithm read(long projectId) {
        try {
            return transport.call(Endpoint.LIVE_READ, Map.of("projectId", projectId), LiveAlgorithm.class);
        } catch (QuantConnectApiException error) {
            if (error.getMessage().contains("No live deployment found")) {
                return LiveAlgorithm.neverDeployed();
            }
            throw error;
        }
    }

    /**
     * Every deployment, or those with the given status. QuantConnect filters by {@link #SERVER_FILTERS} only; any
     * other status is asked for unfiltered and filtered here.
     */
    public List<LiveDeployment> list(Optional<LiveStatus> status) {
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<LiveStatus> byServer = status.filter(SERVER_FILTERS::contains);
        byServer.ifPresent(wanted -> body.put("status", wanted.wireName()));
        List<LiveDeployment> live = transport.call(Endpoint.LIVE_LIST, body, LiveListReader.LIVE);
        return status.isEmpty() || byServer.isPresent() ? live
                : live.stream().filter(deployment -> deployment.status() == status.get()).toList();
    }

    /** Stops the project's deployment. Sent at most once. */
    public void stop(long projectId) {
        transport.call(Endpoint.LIVE_STOP, Map.of("projectId", projectId));
    }

    /** Closes every holding and stops the deployment. Sent at most once. */
    public void liquidate(long projectId) {
        transport.call(Endpoint.LIVE_LIQUIDATE, Map.of("projectId", projectId));
    }

    /** Log lines {@code [startLine, endLine)} of a deployment, at most {@value #MAX_LOG_LINES} at a time. */
    public LogPage logs(long projectId, String deployId, int startLine, int endLine) {
        if (startLine < 0 || endLine <= startLine || endLine - startLine > MAX_LOG_LINES) {
            throw new IllegalArgumentException("A log window is 1 to " + MAX_LOG_LINES + " lines from line 0 on, not ["
                    + startLine + ", " + endLine + ").");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", "json");
        body.put("projectId", projectId);
        body.put("algorithmId", deployId);
        body.put("startLine", startLine);
        body.put("endLine", endLine);
        return transport.call(Endpoint.LIVE_LOGS_READ, body, LogPage.class);
    }

    public Portfolio portfolio(long projectId) {
        JsonNode response = transport.callUntilLoaded(Endpoint.LIVE_PORTFOLIO_READ, Map.of("projectId", projectId));
        PortfolioWire wire = transport.bind(Endpoint.LIVE_PORTFOLIO_READ, response.path("portfolio"),
                PortfolioWire.class);
        return wire.toPortfolio();
    }

    /** Orders {@code [start, end)} of the project's deployment, at most {@value #MAX_ORDERS} at a time. */
    public OrderPage orders(long projectId, int start, int end) {
        if (start < 0 || end <= start || end - start > MAX_ORDERS) {
            throw new IllegalArgumentException("An orders window is 1 to " + MAX_ORDERS + " orders from 0 on, not ["
                    + start + ", " + end + ").");
        }
        JsonNode response = transport.callUntilLoaded(Endpoint.LIVE_ORDERS_READ,
                Map.of("projectId", projectId, "start", start, "end", end));
        OrdersWire wire = transport.bind(Endpoint.LIVE_ORDERS_READ, response, OrdersWire.class);
        return new OrderPage(wire.orders().stream().map(OrderWire::toOrder).toList(), wire.length());
    }

    /**
     * The project's total equity between two instants, from live/chart/read ("Strategy Equity", series "Equity"):
     * one point per candle, its close, in time order; empty when there is no equity yet. Waits briefly while
     * QuantConnect prepares the chart (see {@link ChartPolling}), then throws {@link QuantConnectUnavailableException}
     * saying it is not ready.
     */
    public List<ChartPoint> equity(long projectId, Instant start, Instant end) {
        return charts.read(projectId, start, end);
    }

    /** The same, waiting for a chart QuantConnect is still preparing only as {@code polling} allows. */
    public List<ChartPoint> equity(long projectId, Instant start, Instant end, ChartPolling polling) {
        return charts.read(projectId, start, end, polling);
    }

    /** Brokerage credentials leave their {@code Secret} wrapper only in the request body: here and in the providers. */
    private static Map<String, Object> brokerageWire(BrokerageSettings brokerage) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", brokerage.id());
        brokerage.settings().forEach((key, value) -> wire.put(key, value.reveal()));
        if (!brokerage.cash().isEmpty()) {
            wire.put("cash", brokerage.cash());
        }
        return wire;
    }

    /**
     * The spec's map from provider id to its settings, in the profile's order (the order is their precedence). A
     * brokerage that feeds its own data logs in with the same settings, as lean-cli copies them to the data feed.
     */
    private static Map<String, Object> dataProvidersWire(BrokerageSettings brokerage) {
        Map<String, Object> providers = new LinkedHashMap<>();
        for (String id : brokerage.dataProviders()) {
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("id", id);
            if (id.equals(brokerage.id())) {
                brokerage.settings().forEach((key, value) -> provider.put(key, value.reveal()));
            }
            providers.put(id, provider);
        }
        return providers;
    }

    private record PortfolioWire(Map<String, HoldingWire> holdings, Map<String, CashWire> cash) {
        Portfolio toPortfolio() {
            List<Holding> positions = holdings == null ? List.of() : holdings.entrySet().stream()
                    .map(entry -> entry.getValue().toHolding(entry.getKey())).toList();
            List<CashBalance> balances = cash == null ? List.of() : cash.entrySet().stream()
                    .map(entry -> entry.getValue().toBalance(entry.getKey())).toList();
            return new Portfolio(positions, balances);
        }
    }

    /** QuantConnect abbreviates holdings: a(verage), q(uantity), p(rice), v(alue), u(nrealized), up (%). */
    private record HoldingWire(BigDecimal a, BigDecimal q, BigDecimal p, BigDecimal v, BigDecimal u, BigDecimal up) {
        Holding toHolding(String symbolId) {
            return new Holding(symbolId, zeroIfNull(a), zeroIfNull(q), zeroIfNull(p), zeroIfNull(v), zeroIfNull(u),
                    zeroIfNull(up));
        }
    }

    private record CashWire(String symbol, BigDecimal amount, BigDecimal conversionRate, String currencySymbol,
                            BigDecimal valueInAccountCurrency) {
        CashBalance toBalance(String currency) {
            return new CashBalance(symbol == null ? currency : symbol, zeroIfNull(amount), conversionRate,
                    currencySymbol, zeroIfNull(valueInAccountCurrency));
        }
    }

    private record OrdersWire(List<OrderWire> orders, int length) {
        OrdersWire {
            orders = orders == null ? List.of() : orders;
        }
    }

    private record SymbolWire(String value, String id, String permtick) {
    }

    private record OrderWire(long id, SymbolWire symbol, int type, int status, int direction, BigDecimal quantity,
                             BigDecimal price, Instant time, String tag, List<FillWire> events) {
        Order toOrder() {
            SymbolWire sym = symbol == null ? new SymbolWire(null, null, null) : symbol;
            BigDecimal filled = BigDecimal.ZERO;
            BigDecimal value = BigDecimal.ZERO;
            for (FillWire event : events == null ? List.<FillWire>of() : events) {
                filled = filled.add(zeroIfNull(event.fillQuantity()));
                value = value.add(zeroIfNull(event.fillQuantity()).multiply(zeroIfNull(event.fillPrice())));
            }
            BigDecimal fillPrice = filled.signum() == 0 ? null
                    : value.divide(filled, 8, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            if (filled.signum() == 0 && OrderStatus.fromCode(status) == OrderStatus.FILLED) {
                // Without its events a filled order still says what filled: all of it, at its price.
                filled = zeroIfNull(quantity);
                fillPrice = price;
            }
            return new Order(id, sym.value(), sym.id(), OrderType.fromCode(type), OrderStatus.fromCode(status),
                    OrderDirection.fromCode(direction), zeroIfNull(quantity), zeroIfNull(price), time, tag,
                    filled.signum() == 0 ? null : filled, fillPrice);
        }
    }

    /** The part of an order event a fill needs: how much, at what price. */
    private record FillWire(BigDecimal fillQuantity, BigDecimal fillPrice) {
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
