package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * live/chart/read for the "Strategy Equity" chart, drawn from the price model for the deployment's whole life. As on
 * QuantConnect, a chart is prepared on demand: the first ask for a deployment's chart answers {@code loading}.
 */
final class ChartEndpoints {
    static final String STRATEGY_EQUITY = "Strategy Equity";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int DEFAULT_COUNT = 1_000;
    private static final int MAX_COUNT = 10_000;
    /** LEAN's SeriesType.Candle. */
    private static final int CANDLE = 2;

    private final OrganizationStore store;
    private final DeploymentQueries queries;
    private final EquityHistory history;
    /** Deployments whose chart was asked for once: prepared, so later asks get the data. */
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    ChartEndpoints(OrganizationStore store, DeploymentQueries queries, EquityHistory history) {
        this.store = store;
        this.queries = queries;
        this.history = history;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("live/chart/read", this::read);
    }

    private ObjectNode read(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        String name = request.requireText("name");
        if (!STRATEGY_EQUITY.equals(name)) {
            throw new ApiException("Chart '" + name + "' not found; the sandbox draws only \"" + STRATEGY_EQUITY
                    + "\".");
        }
        int count = request.optionalInt("count").orElse(DEFAULT_COUNT);
        if (count < 1 || count > MAX_COUNT) {
            throw new ApiException("'count' must be 1 to " + MAX_COUNT + ", got " + count + ".");
        }
        Instant from = Instant.ofEpochSecond(request.has("start") ? (long) request.requireNumber("start") : 0);
        Instant to = request.has("end") ? Instant.ofEpochSecond((long) request.requireNumber("end")) : Instant.MAX;
        return store.transact((organization, now) -> {
            Deployment deployment = queries.latest(organization, now, projectId).deployment();
            if (prepared.add(deployment.deployId())) {
                ObjectNode loading = JSON.objectNode();
                loading.put("progress", 0.0);
                loading.put("status", "loading");
                return loading;
            }
            return chart(history.candles(deployment, now, from, to, count));
        });
    }

    private static ObjectNode chart(java.util.List<EquityHistory.Candle> candles) {
        ObjectNode response = JSON.objectNode();
        ObjectNode chart = response.putObject("chart");
        chart.put("name", STRATEGY_EQUITY);
        chart.put("chartType", 0);
        ObjectNode equity = chart.putObject("series").putObject("Equity");
        equity.put("name", "Equity");
        equity.put("unit", "$");
        equity.put("index", 0);
        equity.put("seriesType", CANDLE);
        ArrayNode values = equity.putArray("values");
        for (EquityHistory.Candle candle : candles) {
            values.addArray().add(candle.time().getEpochSecond()).add(candle.open()).add(candle.high())
                    .add(candle.low()).add(candle.close());
        }
        return response;
    }
}
