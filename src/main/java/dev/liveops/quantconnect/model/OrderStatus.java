package dev.liveops.quantconnect.model;

/** The status of an order in {@code live/orders/read}; the codes skip 4, as QuantConnect's do. */
public enum OrderStatus {
    NEW(0), SUBMITTED(1), PARTIALLY_FILLED(2), FILLED(3), CANCELED(5), NONE(6), INVALID(7), CANCEL_PENDING(8),
    UPDATE_SUBMITTED(9), UNKNOWN(-1);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public static OrderStatus fromCode(int code) {
        for (OrderStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
