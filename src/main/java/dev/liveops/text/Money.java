package dev.liveops.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts with thousands separators and two decimals, the same on every platform. With a currency symbol the sign
 * comes first: {@code -$92.00}, never {@code $-92.00}.
 */
public final class Money {
    /** An amount as QuantConnect writes one: a sign before or after a currency symbol, e.g. "$-92.00" or "-$5.00". */
    private static final Pattern AMOUNT =
            Pattern.compile("([-+]?)\\s*(\\p{Sc})\\s*([-+]?)\\s*(\\d[\\d,]*(?:\\.\\d+)?)");

    private Money() {
    }

    /** "#,##0.00", written by hand: a DecimalFormat is not thread-safe, and making one per amount was a hot spot. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int whole = digits.length() - 3; // digits before ".dd"
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, whole, digits.length()).toString();
    }

    /** "-$92.00"; an amount that rounds to zero has no sign. */
    public static String format(BigDecimal amount, String symbol) {
        if (amount == null) {
            return "-";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "-" : "") + symbol + format(rounded.abs());
    }

    /**
     * An amount QuantConnect sent as text (runtime statistics such as "Unrealized" or "Fees") written the LiveOps
     * way; text that is not one amount with a currency symbol is returned as it is.
     */
    public static String normalise(String text) {
        Matcher amount = AMOUNT.matcher(text.strip());
        if (!amount.matches() || !amount.group(1).isEmpty() && !amount.group(3).isEmpty()) {
            return text;
        }
        BigDecimal value = new BigDecimal(amount.group(4).replace(",", ""));
        boolean negative = "-".equals(amount.group(1)) || "-".equals(amount.group(3));
        return format(negative ? value.negate() : value, amount.group(2));
    }

    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "-" : quantity.stripTrailingZeros().toPlainString();
    }
}
