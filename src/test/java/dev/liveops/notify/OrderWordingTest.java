package dev.liveops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.quantconnect.model.Order;
import dev.liveops.quantconnect.model.OrderDirection;
import dev.liveops.quantconnect.model.OrderStatus;
import dev.liveops.quantconnect.model.OrderType;
import dev.liveops.reply.Reply;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One clear sentence per order event: side, quantity, symbol, fill price; a poll's worth grouped and bounded. */
class OrderWordingTest {
    private final OrderWording wording = new OrderWording();

    private static OrderUpdate update(long id, OrderStatus status, String quantity, String filled, String fillPrice) {
        BigDecimal amount = new BigDecimal(quantity);
        return new OrderUpdate(23456789, "Live/Momentum", "L-1", new Order(id, "TSLA", "TSLA UNU3P8Y3WFAD",
                OrderType.MARKET, status, amount.signum() < 0 ? OrderDirection.SELL : OrderDirection.BUY, amount,
                new BigDecimal("250.00"), Instant.parse("2026-11-20T14:30:00Z"), "",
                filled == null ? null : new BigDecimal(filled), fillPrice == null ? null : new BigDecimal(fillPrice)));
    }

    @Test
    void eachStatusIsOneSentenceSayingSideQuantitySymbolAndFillPrice() {
        assertThat(OrderWording.sentence(update(3, OrderStatus.FILLED, "-1500", "-1500", "1234.5")))
                .isEqualTo("Live/Momentum sold 1500 TSLA at 1,234.50 (order 3).");
        assertThat(OrderWording.sentence(update(3, OrderStatus.PARTIALLY_FILLED, "-1500", "-500", "1234.5")))
                .isEqualTo("Live/Momentum sold 500 of 1500 TSLA at 1,234.50 so far; the rest is still open (order 3).");
        assertThat(OrderWording.sentence(update(4, OrderStatus.SUBMITTED, "10", null, null)))
                .isEqualTo("Live/Momentum placed an order to buy 10 TSLA (order 4).");
        assertThat(OrderWording.sentence(update(4, OrderStatus.CANCELED, "10", null, null)))
                .isEqualTo("Live/Momentum's order to buy 10 TSLA was canceled (order 4).");
        assertThat(OrderWording.sentence(update(5, OrderStatus.INVALID, "2.5", null, null)))
                .isEqualTo("Live/Momentum's order to buy 2.5 TSLA was refused as invalid (order 5).");
    }

    @Test
    void aFilledOrderWithoutFillEventsShowsItsOwnPrice() {
        assertThat(OrderWording.sentence(update(6, OrderStatus.FILLED, "10", null, null)))
                .isEqualTo("Live/Momentum bought 10 TSLA at 250.00 (order 6).");
    }

    @Test
    void aBusyPollIsOneMessageListingTheFirst25AndCountingTheRest() {
        List<OrderUpdate> updates = IntStream.rangeClosed(1, 30)
                .mapToObj(id -> update(id, OrderStatus.FILLED, "1", "1", "250")).toList();

        Reply reply = wording.batch(updates, Set.of());

        assertThat(reply.title()).isEqualTo("30 order events");
        assertThat(reply.text().lines()).hasSize(26).last()
                .isEqualTo("5 more order events not shown; /live orders <project> lists them.");
    }
}
