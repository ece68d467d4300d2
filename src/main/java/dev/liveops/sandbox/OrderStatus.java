package dev.liveops.sandbox;

/** Order states the sandbox produces: the integer is Order.status, the name OrderEvent.status (per the spec). */
enum OrderStatus {
    SUBMITTED(1, "submitted"),
    PARTIALLY_FILLED(2, "partiallyFilled"),
    FILLED(3, "filled"),
    CANCELED(5, "canceled");

    private final int code;
    private final String eventName;

    OrderStatus(int code, String eventName) {
        this.code = code;
        this.eventName = eventName;
    }

    int code() {
        return code;
    }

    String eventName() {
        return eventName;
    }
}
