package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.ChartPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the "Equity" series of a live/chart/read answer. It is a candlestick series: each point is
 * {@code [time, open, high, low, close]} (unix seconds, then prices), and some answers give {@code {"x": time,
 * "y": value}} objects instead; both are read, and the close (or y) is the point's value. A point with no value
 * (LEAN writes null for a gap) is left out; anything else that is not one of those shapes makes the answer unreadable.
 */
final class EquitySeriesJson {
    static final String SERIES = "Equity";

    private EquitySeriesJson() {
    }

    /** The points in time order; empty when the chart has no equity series yet. */
    static List<ChartPoint> points(JsonNode answer) {
        JsonNode values = answer.path("chart").path("series").path(SERIES).path("values");
        if (values.isMissingNode() || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            throw unreadable("its Equity values are not a list");
        }
        List<ChartPoint> points = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            point(value).ifPresent(points::add);
        }
        points.sort(Comparator.comparing(ChartPoint::time));
        return points;
    }

    private static Optional<ChartPoint> point(JsonNode value) {
        if (value.isArray() && (value.size() == 5 || value.size() == 2)) {
            return point(value.get(0), value.get(value.size() - 1));
        }
        if (value.isObject() && value.has("x")) {
            return point(value.get("x"), value.get("y"));
        }
        throw unreadable("an Equity point is neither [time, open, high, low, close] nor {x, y}");
    }

    private static Optional<ChartPoint> point(JsonNode time, JsonNode close) {
        if (!time.isNumber()) {
            throw unreadable("an Equity point's time is not a number of seconds");
        }
        if (close == null || close.isNull()) {
            return Optional.empty();
        }
        if (!close.isNumber()) {
            throw unreadable("an Equity point's value is not a number");
        }
        return Optional.of(new ChartPoint(Instant.ofEpochSecond(time.asLong()), close.decimalValue()));
    }

    private static QuantConnectProtocolException unreadable(String why) {
        return new QuantConnectProtocolException(Endpoint.LIVE_CHART_READ, "QuantConnect's answer to "
                + Endpoint.LIVE_CHART_READ.path() + " does not have the documented shape: " + why + ".", null);
    }
}
