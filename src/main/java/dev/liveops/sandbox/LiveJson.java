package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Live deployment objects: LiveAlgorithm (live/create), LiveAlgorithmResults (live/read) and
 * LiveAlgorithmSummary (live/list).
 */
final class LiveJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DATACENTER = "NY7";

    private LiveJson() {
    }

    static ObjectNode liveAlgorithm(LiveSnapshot snapshot) {
        Deployment deployment = snapshot.deployment();
        ObjectNode json = JSON.objectNode();
        json.put("projectId", deployment.projectId());
        json.put("message", snapshot.errorMessage());
        json.put("deployId", deployment.deployId());
        json.put("status", snapshot.status().wireName());
        json.put("cloneId", deployment.cloneId());
        json.put("launched", WireFormat.dateTime(deployment.launched()));
        putStopped(json, deployment);
        json.put("brokerage", deployment.brokerage().displayName());
        json.put("securityTypes", snapshot.project().securityTypes());
        json.put("datacenter", DATACENTER);
        json.put("isPublicStreaming", false);
        json.put("public", false);
        json.put("description", snapshot.project().description());
        json.putArray("files");
        json.set("runtimeStatistics", runtimeStatistics(snapshot.valuation()));
        json.putObject("charts");
        return json;
    }

    static ObjectNode liveResults(LiveSnapshot snapshot) {
        ObjectNode json = liveAlgorithm(snapshot);
        json.put("projectName", snapshot.project().name());
        return json;
    }

    static ObjectNode summary(LiveSnapshot snapshot) {
        Deployment deployment = snapshot.deployment();
        ObjectNode json = JSON.objectNode();
        json.put("projectId", deployment.projectId());
        json.put("deployId", deployment.deployId());
        json.put("status", snapshot.status().wireName());
        json.put("launched", WireFormat.dateTime(deployment.launched()));
        putStopped(json, deployment);
        json.put("brokerage", deployment.brokerage().displayName());
        json.put("subscription", "Strategy Equity");
        json.put("equity", WireFormat.round2(snapshot.valuation().equity()));
        json.put("environment", deployment.brokerage().environment());
        json.put("description", snapshot.project().description());
        json.put("error", snapshot.errorMessage());
        json.putArray("leagues");
        return json;
    }

    /** The banner statistics, formatted the way LEAN formats them (strings, "$1,234.56", "1.23 %"). */
    static ObjectNode runtimeStatistics(PortfolioValuation valuation) {
        ObjectNode json = JSON.objectNode();
        json.put("Equity", WireFormat.money(valuation.equity()));
        json.put("Fees", "-" + WireFormat.money(valuation.fees()));
        json.put("Holdings", WireFormat.money(valuation.holdingsValue()));
        json.put("Net Profit", WireFormat.money(valuation.netProfit()));
        json.put("Return", WireFormat.percent(valuation.totalReturn()));
        json.put("Unrealized", WireFormat.money(valuation.unrealized()));
        json.put("Volume", WireFormat.money(valuation.volume()));
        return json;
    }

    private static void putStopped(ObjectNode json, Deployment deployment) {
        if (deployment.termination() == null) {
            json.putNull("stopped");
        } else {
            json.put("stopped", WireFormat.dateTime(deployment.termination().at()));
        }
    }
}
