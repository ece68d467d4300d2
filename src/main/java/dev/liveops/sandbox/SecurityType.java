package dev.liveops.sandbox;

/** The security types the sandbox trades, with LEAN's integer code (Order.securityType) and display name. */
enum SecurityType {
    EQUITY(1, "Equity"),
    CRYPTO(7, "Crypto");

    private final int code;
    private final String displayName;

    SecurityType(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    int code() {
        return code;
    }

    String displayName() {
        return displayName;
    }
}
