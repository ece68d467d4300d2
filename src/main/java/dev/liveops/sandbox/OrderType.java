package dev.liveops.sandbox;

/** The order types the sandbox books, with LEAN's integer codes. */
enum OrderType {
    MARKET(0),
    LIMIT(1);

    private final int code;

    OrderType(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
