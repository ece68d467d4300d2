package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** live/portfolio/read and live/orders/read payloads: holdings keyed by symbol id, USD cash, LEAN Order objects. */
final class PortfolioJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String CURRENCY = "USD";

    private PortfolioJson() {
    }

    static ObjectNode portfolio(PortfolioValuation valuation) {
        ObjectNode portfolio = JSON.objectNode();
        ObjectNode holdings = portfolio.putObject("holdings");
        for (HoldingValuation holding : valuation.holdings()) {
            ObjectNode json = holdings.putObject(holding.security().symbolId());
            json.put("a", WireFormat.round2(holding.averagePrice()));
            json.put("q", holding.quantity());
            json.put("p", WireFormat.round2(holding.price()));
            json.put("v", WireFormat.round2(holding.value()));
            json.put("u", WireFormat.round2(holding.unrealized()));
            json.put("up", WireFormat.round2(holding.unrealizedPercent()));
        }
        ObjectNode usd = portfolio.putObject("cash").putObject(CURRENCY);
        usd.put("symbol", CURRENCY);
        usd.put("amount", WireFormat.round2(valuation.cash()));
        usd.put("conversionRate", 1.0);
        usd.put("currencySymbol", "$");
        usd.put("valueInAccountCurrency", WireFormat.round2(valuation.cash()));
        return portfolio;
    }

    static ObjectNode order(Order order, String deployId) {
        ObjectNode json = JSON.objectNode();
        json.put("id", order.id());
        json.put("contingentId", 0);
        json.putArray("brokerId").add(String.valueOf(700_000 + order.id()));
        ObjectNode symbol = json.putObject("symbol");
        symbol.put("value", order.security().ticker());
        symbol.put("id", order.security().symbolId());
        symbol.put("permtick", order.security().permtick());
        if (order.type() == OrderType.LIMIT) {
            json.put("limitPrice", order.price());
        }
        json.put("price", order.price());
        json.put("priceCurrency", CURRENCY);
        json.put("time", WireFormat.isoDateTime(order.time()));
        json.put("createdTime", WireFormat.isoDateTime(order.time()));
        putTime(json, "lastFillTime", order.lastFillTime());
        putTime(json, "lastUpdateTime", order.canceledTime());
        putTime(json, "canceledTime", order.canceledTime());
        json.put("quantity", order.quantity());
        json.put("type", order.type().code());
        json.put("status", order.status().code());
        json.put("tag", order.tag());
        json.put("securityType", order.security().type().code());
        json.put("direction", order.direction());
        json.put("value", WireFormat.round2(order.filledValue()));
        ObjectNode submission = json.putObject("orderSubmissionData");
        submission.put("bidPrice", WireFormat.round2(order.price() * 0.9998));
        submission.put("askPrice", WireFormat.round2(order.price() * 1.0002));
        submission.put("lastPrice", order.price());
        json.put("isMarketable", order.type() == OrderType.MARKET);
        json.putObject("properties").putObject("timeInForce");
        ArrayNode events = json.putArray("events");
        for (OrderEvent event : order.events()) {
            events.add(event(order, event, deployId));
        }
        return json;
    }

    private static ObjectNode event(Order order, OrderEvent event, String deployId) {
        ObjectNode json = JSON.objectNode();
        json.put("algorithmId", deployId);
        json.put("symbol", order.security().symbolId());
        json.put("symbolValue", order.security().ticker());
        json.put("symbolPermtick", order.security().permtick());
        json.put("orderId", order.id());
        json.put("orderEventId", event.orderEventId());
        json.put("id", order.id() + "-" + event.orderEventId());
        json.put("status", event.status().eventName());
        json.put("orderFeeAmount", event.fee());
        json.put("orderFeeCurrency", CURRENCY);
        json.put("fillPrice", event.fillPrice());
        json.put("fillPriceCurrency", CURRENCY);
        json.put("fillQuantity", event.fillQuantity());
        json.put("direction", order.direction() == Order.BUY ? "buy" : "sell");
        json.put("message", event.message());
        json.put("isAssignment", false);
        if (order.type() == OrderType.LIMIT) {
            json.put("limitPrice", order.price());
        }
        json.put("quantity", order.quantity());
        json.put("time", event.time().getEpochSecond());
        json.put("isInTheMoney", false);
        return json;
    }

    private static void putTime(ObjectNode json, String field, Instant time) {
        if (time == null) {
            json.putNull(field);
        } else {
            json.put(field, WireFormat.isoDateTime(time));
        }
    }
}
