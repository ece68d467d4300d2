package dev.liveops.sandbox;

/** One portfolio holding priced at an instant: the a/q/p/v/u/up fields of live/portfolio/read. */
record HoldingValuation(Security security, double averagePrice, double quantity, double price, double value,
                        double unrealized, double unrealizedPercent) {
}
