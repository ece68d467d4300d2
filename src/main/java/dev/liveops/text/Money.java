package dev.liveops.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts with thousands separators and two decimals, the same on every platform. */
public final class Money {
    private Money() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "-" : quantity.stripTrailingZeros().toPlainString();
    }
}
