package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The insights a deployment has emitted by an instant, derived from the clock like everything else: from the moment it
 * runs, one every {@link #EVERY} while it runs, for its entry symbols in turn, predicting the way the price moved
 * over the last interval. Each is rendered as the API's serialized LEAN insight (times in unix seconds); one whose
 * period is over carries its direction score (1 when the price went the predicted way, else 0).
 */
final class InsightFeed {
    static final Duration EVERY = Duration.ofMinutes(30);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DeploymentLifecycle lifecycle;
    private final PriceModel prices;

    InsightFeed(DeploymentLifecycle lifecycle, PriceModel prices) {
        this.lifecycle = lifecycle;
        this.prices = prices;
    }

    List<ObjectNode> emitted(Project project, Deployment deployment, Instant now) {
        List<TargetHolding> symbols = project.entryPlan();
        Instant end = deployment.termination() == null || deployment.termination().at().isAfter(now) ? now
                : deployment.termination().at();
        List<ObjectNode> insights = new ArrayList<>();
        if (symbols.isEmpty()) {
            return insights;
        }
        Instant at = lifecycle.runningSince(deployment);
        for (int k = 0; !at.isAfter(end); k++, at = at.plus(EVERY)) {
            insights.add(insight(project, deployment, symbols.get(k % symbols.size()).security(), k, at, now));
        }
        return insights;
    }

    private ObjectNode insight(Project project, Deployment deployment, Security security, int k, Instant at,
                               Instant now) {
        double before = prices.priceAt(security, at.minus(EVERY));
        double price = prices.priceAt(security, at);
        String direction = price > before ? "up" : price < before ? "down" : "flat";
        Instant close = at.plus(EVERY);
        ObjectNode insight = JSON.objectNode();
        insight.put("id", UUID.nameUUIDFromBytes((deployment.deployId() + "/" + k).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", ""));
        insight.putNull("groupId");
        insight.put("sourceModel", modelName(project));
        insight.put("generatedTime", at.getEpochSecond());
        insight.put("closeTime", close.getEpochSecond());
        insight.put("symbol", security.symbolId());
        insight.put("ticker", security.ticker());
        insight.put("type", "price");
        insight.put("reference", price);
        insight.put("direction", direction);
        insight.put("period", EVERY.toSeconds());
        insight.put("magnitude", Math.round(Math.abs(price - before) / before * 10_000) / 10_000.0);
        insight.put("confidence", 0.5 + (k % 5) / 10.0);
        insight.put("weight", WireFormat.round2(1.0 / project.entryPlan().size()));
        if (close.isAfter(now)) {
            insight.putNull("score");
        } else {
            double after = prices.priceAt(security, close);
            boolean right = direction.equals("up") ? after > price : direction.equals("down") ? after < price
                    : after == price;
            insight.put("score", right ? 1.0 : 0.0);
        }
        insight.put("tag", "");
        return insight;
    }

    /** Live/Momentum's alpha model is MomentumAlphaModel. */
    private static String modelName(Project project) {
        String last = project.name().substring(project.name().lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "");
        return last + "AlphaModel";
    }
}
