package dev.liveops.equity;

import dev.liveops.text.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How P&L figures read in chat, the same in /live pnl and in digests: "+1,234.50", "-2.35 %", "-". */
public final class PnlText {
    private PnlText() {
    }

    /** An amount with its sign, "+" included, so a gain and a loss read apart at a glance. */
    public static String change(BigDecimal amount) {
        String text = Money.format(amount);
        return amount.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
    }

    /** A share as a signed percentage with two decimals; "-" when there is none (a start of zero). */
    public static String percent(Optional<BigDecimal> share) {
        return share.map(s -> {
            BigDecimal percent = s.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
            return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + " %";
        }).orElse("-");
    }

    /** A drawdown as an amount and a share of its peak: "1,200.00 (2.35 %)". */
    public static String drawdown(EquityFigures figures) {
        if (figures.maxDrawdown().signum() == 0) {
            return "0.00";
        }
        return Money.format(figures.maxDrawdown()) + figures.maxDrawdownShare()
                .map(share -> " (" + share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %)")
                .orElse("");
    }
}
