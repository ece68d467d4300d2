package dev.liveops.sandbox;

import java.time.Instant;

/** One state change of an order; fillQuantity and fee are zero for non-fill events. */
record OrderEvent(int orderEventId, OrderStatus status, double fillPrice, double fillQuantity, double fee,
                  Instant time, String message) {
}
