package dev.liveops.sandbox;

/** A holding: signed quantity (negative is short) at an average entry price. */
record Position(Security security, double quantity, double averagePrice) {
}
