package dev.liveops.quantconnect.model;

import java.math.BigDecimal;

/** Starting cash for a paper brokerage. */
public record CashAmount(String currency, BigDecimal amount) {
}
