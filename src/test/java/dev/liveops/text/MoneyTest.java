package dev.liveops.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void anAmountHasTwoDecimalsAndThousandsSeparators() {
        assertThat(Money.format(new BigDecimal("-92"))).isEqualTo("-92.00");
        assertThat(Money.format(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(Money.format(new BigDecimal("-0.001"))).isEqualTo("0.00");
        assertThat(Money.format(new BigDecimal("1234567890.125"))).isEqualTo("1,234,567,890.13");
        assertThat(Money.format(null)).isEqualTo("-");
    }

    @Test
    void writesWhatThePatternHashCommaHashHashZeroPointZeroZeroWrites() {
        DecimalFormat pattern = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        Random random = new Random(14);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(7) - 2);
            assertThat(Money.format(amount)).as("%s", amount)
                    .isEqualTo(pattern.format(amount.setScale(2, RoundingMode.HALF_UP)));
        }
        assertThat(Money.format(new BigDecimal("999.995"))).isEqualTo("1,000.00");
        assertThat(Money.format(new BigDecimal("1E+3"))).isEqualTo("1,000.00");
        assertThat(Money.format(new BigDecimal("-100000"))).isEqualTo("-100,000.00");
    }

    @Test
    void theSignComesBeforeTheCurrencySymbol() {
        assertThat(Money.format(new BigDecimal("-92"), "$")).isEqualTo("-$92.00");
        assertThat(Money.format(new BigDecimal("5"), "$")).isEqualTo("$5.00");
        assertThat(Money.format(new BigDecimal("-0.004"), "$")).isEqualTo("$0.00");
        assertThat(Money.format(new BigDecimal("-1234567.891"), "€")).isEqualTo("-€1,234,567.89");
    }

    @Test
    void quantConnectsTwoSpellingsOfANegativeAmountBecomeOne() {
        // LEAN writes "Unrealized" as "$-92.00" and "Fees" as "-$5.00".
        assertThat(Money.normalise("$-92.00")).isEqualTo("-$92.00");
        assertThat(Money.normalise("-$5.00")).isEqualTo("-$5.00");
        assertThat(Money.normalise("-$0.00")).isEqualTo("$0.00");
        assertThat(Money.normalise("$0.00")).isEqualTo("$0.00");
        assertThat(Money.normalise("$-1,234,567.80")).isEqualTo("-$1,234,567.80");
        assertThat(Money.normalise("$250,000.00")).isEqualTo("$250,000.00");
    }

    @Test
    void textThatIsNotAnAmountIsLeftAlone() {
        assertThat(Money.normalise("1.23 %")).isEqualTo("1.23 %");
        assertThat(Money.normalise("12")).isEqualTo("12");
        assertThat(Money.normalise("-")).isEqualTo("-");
        assertThat(Money.normalise("$")).isEqualTo("$");
        assertThat(Money.normalise("")).isEqualTo("");
    }
}
