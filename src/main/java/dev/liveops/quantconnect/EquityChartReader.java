package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.ChartPoint;
import dev.liveops.time.Pause;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * live/chart/read for the "Strategy Equity" chart. QuantConnect builds a chart on demand and answers
 * {@code {"status":"loading"}} (or a null chart) until it is ready, so this asks again on the client's clock, within
 * {@link ChartPolling}, and then says in one sentence that the chart is not ready.
 */
final class EquityChartReader {
    static final String CHART = "Strategy Equity";
    /** Asked for per read; more than any chat picture needs, which thins it to its own limit. */
    static final int MAX_POINTS = 2_000;

    private final ApiTransport transport;
    private final Clock clock;
    private final Pause pause;
    private final ChartPolling polling;

    EquityChartReader(ApiTransport transport, Clock clock, Pause pause, ChartPolling polling) {
        this.transport = transport;
        this.clock = clock;
        this.pause = pause;
        this.polling = polling;
    }

    List<ChartPoint> read(long projectId, Instant start, Instant end) {
        return read(projectId, start, end, polling);
    }

    List<ChartPoint> read(long projectId, Instant start, Instant end, ChartPolling polling) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A chart period must end after it starts: " + start + " to " + end);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("name", CHART);
        body.put("count", MAX_POINTS);
        body.put("start", start.getEpochSecond());
        body.put("end", end.getEpochSecond());
        Instant deadline = clock.instant().plus(polling.limit());
        JsonNode answer = transport.call(Endpoint.LIVE_CHART_READ, body);
        while (isLoading(answer) && !clock.instant().plus(polling.interval()).isAfter(deadline)) {
            waitBeforeAskingAgain();
            answer = transport.call(Endpoint.LIVE_CHART_READ, body);
        }
        if (isLoading(answer)) {
            throw new QuantConnectUnavailableException(Endpoint.LIVE_CHART_READ, "QuantConnect is still preparing "
                    + "the equity chart of project " + projectId + progress(answer) + "; try again in a minute.", null);
        }
        return EquitySeriesJson.points(answer);
    }

    private void waitBeforeAskingAgain() {
        try {
            pause.pause(polling.interval());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new QuantConnectUnavailableException(Endpoint.LIVE_CHART_READ, "The wait for QuantConnect's "
                    + "equity chart was interrupted.", interrupted);
        }
    }

    /** LEAN's client treats a missing chart like the loading placeholder: both mean "ask again". */
    private static boolean isLoading(JsonNode answer) {
        return "loading".equalsIgnoreCase(answer.path("status").asText(""))
                || answer.path("chart").isMissingNode() || answer.path("chart").isNull();
    }

    private static String progress(JsonNode answer) {
        JsonNode progress = answer.path("progress");
        return progress.isNumber() ? " (" + Math.round(progress.asDouble() * 100) + "% done)" : "";
    }
}
