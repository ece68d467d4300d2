package dev.liveops.quantconnect.model;

/** Buy, sell or hold, by the numeric code QuantConnect sends. */
public enum OrderDirection {
    BUY, SELL, HOLD, UNKNOWN;

    public static OrderDirection fromCode(int code) {
        return code >= 0 && code < UNKNOWN.ordinal() ? values()[code] : UNKNOWN;
    }
}
