package dev.liveops.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A validated live/create request. Required per the spec: projectId, compileId, nodeId, versionId and a brokerage
 * object with an id; the brokerage may carry starting cash (USD only here) and holdings, and dataProviders name the
 * feeds.
 */
record LiveCreateRequest(int projectId, String compileId, String nodeId, int versionId, Brokerage brokerage,
                         Double cash, List<StartingHolding> holdings) {
    static final double DEFAULT_CASH = 100_000.00;

    LiveCreateRequest {
        holdings = List.copyOf(holdings);
    }

    /** A brokerage holding to start from ({@code BrokerageHolding}: symbolId, symbol, quantity, averagePrice). */
    record StartingHolding(String symbolId, String symbol, double quantity, double averagePrice) {
    }

    static LiveCreateRequest from(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        String compileId = request.requireText("compileId");
        String nodeId = request.requireText("nodeId");
        int versionId = parseVersion(request.requireScalarText("versionId"));
        ApiRequest brokerage = request.requireObject("brokerage");
        String brokerageId = brokerage.requireText("id");
        return new LiveCreateRequest(projectId, compileId, nodeId, versionId,
                new Brokerage(brokerageId, parseDataProviders(request.objectMap("dataProviders"))),
                parseCash(brokerage.objects("cash")), parseHoldings(brokerage.objects("holdings")));
    }

    /**
     * The spec's map from provider id to that provider's settings, whose {@code id} repeats the key; absent means
     * QuantConnect's own feed. The map's order is the providers' precedence.
     */
    private static List<String> parseDataProviders(Map<String, ApiRequest> providers) {
        if (providers.isEmpty()) {
            return List.of(Brokerage.QUANTCONNECT_FEED);
        }
        providers.forEach((key, settings) -> {
            String id = settings.requireText("id");
            if (!id.equals(key)) {
                throw new ApiException("Data provider '" + key + "' has the id '" + id + "'; the two must match.");
            }
        });
        return List.copyOf(providers.keySet());
    }

    double startingCash() {
        return cash == null ? DEFAULT_CASH : cash;
    }

    private static int parseVersion(String text) {
        try {
            int version = Integer.parseInt(text.trim());
            if (version == LeanVersion.MASTER || version > 0) {
                return version == LeanVersion.MASTER ? LeanVersion.ID : version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException("Field 'versionId' must be \"-1\" (master) or a LEAN version id, got \"" + text + "\".");
    }

    private static Double parseCash(List<ApiRequest> entries) {
        Double usd = null;
        for (ApiRequest entry : entries) {
            String currency = entry.requireText("currency");
            if (!"USD".equals(currency)) {
                throw new ApiException("The sandbox only models USD cash; got currency '" + currency + "'.");
            }
            usd = (usd == null ? 0.0 : usd) + entry.requireNumber("amount");
        }
        return usd;
    }

    private static List<StartingHolding> parseHoldings(List<ApiRequest> entries) {
        return entries.stream()
                .map(entry -> new StartingHolding(entry.requireText("symbolId"), entry.requireText("symbol"),
                        entry.requireNumber("quantity"), entry.requireNumber("averagePrice")))
                .toList();
    }
}
