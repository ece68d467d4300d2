package dev.liveops.sandbox;

/** Commission per fill, close to what LEAN's default models charge: per share for equities, a rate for crypto. */
final class FeeModel {
    private static final double EQUITY_PER_SHARE = 0.005;
    private static final double EQUITY_MINIMUM = 1.00;
    private static final double CRYPTO_RATE = 0.001;

    double feeFor(Security security, double quantity, double price) {
        double fee = switch (security.type()) {
            case EQUITY -> Math.max(EQUITY_MINIMUM, Math.abs(quantity) * EQUITY_PER_SHARE);
            case CRYPTO -> Math.abs(quantity) * price * CRYPTO_RATE;
        };
        return WireFormat.round2(fee);
    }
}
