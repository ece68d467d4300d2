package dev.liveops.quantconnect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.quantconnect.model.AlgorithmCommand;
import dev.liveops.quantconnect.model.Insight;
import dev.liveops.quantconnect.model.InsightPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reaches into a running algorithm: live/commands/create and live/commands/broadcast (mutations, sent at most
 * once; {@code success} means QuantConnect accepted the command for delivery, not that the algorithm ran it), and
 * live/insights/read.
 */
public final class AlgorithmApi {
    /** QuantConnect wants {@code end - start < 100} for one insights window. */
    public static final int MAX_INSIGHTS = 99;

    private final ApiTransport transport;

    AlgorithmApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Queues the command for the project's deployment. Sent at most once. */
    public void command(long projectId, AlgorithmCommand command) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("command", command.fields());
        transport.call(Endpoint.LIVE_COMMANDS_CREATE, body);
    }

    /** Queues the command for every running deployment of the organization but the excluded project. Sent at most once. */
    public void broadcast(String organizationId, Optional<Long> excludeProjectId, AlgorithmCommand command) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId);
        excludeProjectId.ifPresent(id -> body.put("excludeProjectId", id));
        body.put("command", command.fields());
        transport.call(Endpoint.LIVE_COMMANDS_BROADCAST, body);
    }

    /** Insights {@code [start, end)} of the project's deployment, at most {@value #MAX_INSIGHTS} at a time. */
    public InsightPage insights(long projectId, int start, int end) {
        if (start < 0 || end <= start || end - start > MAX_INSIGHTS) {
            throw new IllegalArgumentException("An insights window is 1 to " + MAX_INSIGHTS + " insights from 0 on, "
                    + "not [" + start + ", " + end + ").");
        }
        JsonNode response = transport.callUntilLoaded(Endpoint.LIVE_INSIGHTS_READ,
                Map.of("projectId", projectId, "start", start, "end", end));
        List<Insight> insights = new ArrayList<>();
        for (JsonNode insight : response.path("insights")) {
            insights.add(insight(insight));
        }
        int length = response.path("length").isNumber() ? response.path("length").asInt() : insights.size();
        return new InsightPage(insights, length);
    }

    /**
     * LEAN's serialized insight. Times are unix seconds (fractions allowed) or a date; direction and type are words
     * ("up", "price") or LEAN's enum numbers (-1 down, 0 flat, 1 up; 0 price, 1 volatility).
     */
    private static Insight insight(JsonNode node) {
        return new Insight(text(node, "id"), text(node, "groupId"), text(node, "sourceModel"),
                time(node.path("generatedTime")), time(node.path("closeTime")), text(node, "symbol"),
                text(node, "ticker"), word(node.path("type"), List.of("price", "volatility"), 0),
                word(node.path("direction"), List.of("down", "flat", "up"), -1),
                node.path("period").isNumber() ? node.path("period").asLong() : null, number(node, "magnitude"),
                number(node, "confidence"), number(node, "weight"), number(node, "score"), text(node, "tag"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    /** A name, or LEAN's enum number mapped onto {@code names} starting at {@code first}. */
    private static String word(JsonNode value, List<String> names, int first) {
        if (value.isNumber()) {
            int index = value.asInt() - first;
            return index >= 0 && index < names.size() ? names.get(index) : value.asText();
        }
        return value.isTextual() ? value.asText().toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static Instant time(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
        }
        return value.isTextual() ? QuantConnectDates.parse(value.asText()).orElse(null) : null;
    }
}
