package dev.liveops.notify;

import dev.liveops.quantconnect.model.Order;
import dev.liveops.quantconnect.model.OrderDirection;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Audience;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Words for order events: one sentence each, a poll's worth for a channel in one message. */
public final class OrderWording {
    /** A message lists at most this many events; the rest are counted. */
    static final int MAX_SENTENCES = 25;

    public Reply batch(List<OrderUpdate> updates, Collection<Mention> mentions) {
        List<OrderUpdate> shown = updates.subList(0, Math.min(updates.size(), MAX_SENTENCES));
        String text = shown.stream().map(OrderWording::sentence).collect(Collectors.joining("\n"));
        if (updates.size() > shown.size()) {
            text += "\n" + Count.of(updates.size() - shown.size(), "more order event") + " not shown; /live orders "
                    + "<project> lists them.";
        }
        String title = updates.size() == 1 ? updates.get(0).projectName() + ": " + headline(updates.get(0).order())
                : Count.of(updates.size(), "order event");
        Reply.Builder reply = Reply.builder(Severity.INFO, title).text(text).audience(Audience.CHANNEL)
                .footer("LiveOps watcher; QuantConnect refreshes orders about every 10 minutes.");
        mentions.forEach(reply::mention);
        return reply.build();
    }

    /** "Live/Momentum bought 12 SPY at 452.10 (order 7)." */
    static String sentence(OrderUpdate update) {
        Order order = update.order();
        String project = update.projectName();
        String what = Money.quantity(order.quantity().abs()) + " " + symbol(order);
        String ref = " (order " + order.id() + ").";
        return switch (order.status()) {
            case FILLED -> project + " " + past(order) + " " + what + " at " + Money.format(fillPrice(order)) + ref;
            case PARTIALLY_FILLED -> project + " " + past(order) + " " + filled(order) + " of " + what + " at "
                    + Money.format(fillPrice(order)) + " so far; the rest is still open" + ref;
            case SUBMITTED -> project + " placed an order to " + verb(order) + " " + what + ref;
            case CANCELED -> project + "'s order to " + verb(order) + " " + what + " was canceled" + ref;
            case CANCEL_PENDING -> project + "'s order to " + verb(order) + " " + what + " is being canceled" + ref;
            case UPDATE_SUBMITTED -> project + "'s order to " + verb(order) + " " + what + " was updated" + ref;
            case INVALID -> project + "'s order to " + verb(order) + " " + what + " was refused as invalid" + ref;
            default -> project + "'s order to " + verb(order) + " " + what + " is " + order.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + ref;
        };
    }

    private static String headline(Order order) {
        return switch (order.status()) {
            case FILLED -> past(order) + " " + Money.quantity(order.quantity().abs()) + " " + symbol(order);
            case PARTIALLY_FILLED -> "partly " + past(order) + " " + symbol(order);
            default -> "order " + order.id() + " " + order.status().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ');
        };
    }

    private static String filled(Order order) {
        return order.filled() == null ? "part" : Money.quantity(order.filled().abs());
    }

    /** The average price of the fills; an order without fill events shows its own price. */
    private static BigDecimal fillPrice(Order order) {
        return order.fillPrice() != null ? order.fillPrice() : order.price();
    }

    private static String past(Order order) {
        return sells(order) ? "sold" : "bought";
    }

    private static String verb(Order order) {
        return sells(order) ? "sell" : "buy";
    }

    private static boolean sells(Order order) {
        return order.direction() == OrderDirection.SELL
                || order.direction() != OrderDirection.BUY && order.quantity().signum() < 0;
    }

    private static String symbol(Order order) {
        return order.symbol() == null ? String.valueOf(order.symbolId()) : order.symbol();
    }
}
