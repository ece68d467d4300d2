package dev.liveops.sandbox;

/**
 * A tradable symbol as QuantConnect identifies it: {@code symbolId} is LEAN's SID string (the portfolio key,
 * e.g. "SPY R735QTJ8XC9X"), {@code ticker} the current value and {@code permtick} the ticker at listing.
 * {@code referencePrice} is the centre the {@link PriceModel} oscillates around.
 */
record Security(String ticker, String symbolId, String permtick, SecurityType type, double referencePrice) {

    static Security equity(String ticker, String sid, double referencePrice) {
        return new Security(ticker, ticker + " " + sid, ticker, SecurityType.EQUITY, referencePrice);
    }

    static Security crypto(String ticker, String sid, double referencePrice) {
        return new Security(ticker, ticker + " " + sid, ticker, SecurityType.CRYPTO, referencePrice);
    }
}
