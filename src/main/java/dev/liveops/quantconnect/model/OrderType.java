package dev.liveops.quantconnect.model;

/** LEAN's order types, by their numeric code on the wire. */
public enum OrderType {
    MARKET, LIMIT, STOP_MARKET, STOP_LIMIT, MARKET_ON_OPEN, MARKET_ON_CLOSE, OPTION_EXERCISE, LIMIT_IF_TOUCHED,
    COMBO_MARKET, COMBO_LIMIT, COMBO_LEG_LIMIT, TRAILING_STOP, UNKNOWN;

    public static OrderType fromCode(int code) {
        return code >= 0 && code < UNKNOWN.ordinal() ? values()[code] : UNKNOWN;
    }
}
