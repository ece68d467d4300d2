package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SandboxPortfolioTest extends SandboxTestSupport {
    private static final String SPY = "SPY R735QTJ8XC9X";

    @Test
    void pricesAndEquityMoveWhenTheClockAdvances() {
        JsonNode before = portfolio(MOMENTUM).path("holdings").path(SPY);
        double equityBefore = listedEquity(MOMENTUM);

        advance(Duration.ofMinutes(10));

        JsonNode after = portfolio(MOMENTUM).path("holdings").path(SPY);
        assertThat(after.path("p").asDouble()).isNotEqualTo(before.path("p").asDouble());
        assertThat(after.path("q").asDouble()).isEqualTo(before.path("q").asDouble());
        assertThat(after.path("a").asDouble()).isEqualTo(before.path("a").asDouble());
        assertThat(listedEquity(MOMENTUM)).isNotEqualTo(equityBefore);
    }

    @Test
    void holdingsCarryConsistentValues() {
        JsonNode holdings = portfolio(MEAN_REVERSION).path("holdings");

        assertThat(holdings.fieldNames()).toIterable()
                .containsExactly("AAPL R735QTJ8XC9X", "MSFT R735QTJ8XC9X", "TSLA UNU3P8Y3WFAD");
        assertThat(holdings.path("AAPL R735QTJ8XC9X").path("q").asDouble()).isEqualTo(100);
        JsonNode tsla = holdings.path("TSLA UNU3P8Y3WFAD");
        assertThat(tsla.path("q").asDouble()).isEqualTo(-40);
        assertThat(tsla.path("v").asDouble())
                .isCloseTo(tsla.path("q").asDouble() * tsla.path("p").asDouble(), within(0.01));
        assertThat(tsla.path("u").asDouble()).isCloseTo(
                (tsla.path("p").asDouble() - tsla.path("a").asDouble()) * tsla.path("q").asDouble(), within(0.02));
        assertThat(tsla.path("up").isNumber()).isTrue();
    }

    @Test
    void listEquityMatchesThePortfolio() {
        JsonNode portfolio = portfolio(MOMENTUM);
        JsonNode usd = portfolio.path("cash").path("USD");
        double total = usd.path("amount").asDouble();
        for (JsonNode holding : portfolio.path("holdings")) {
            total += holding.path("v").asDouble();
        }

        assertThat(usd.path("symbol").asText()).isEqualTo("USD");
        assertThat(usd.path("currencySymbol").asText()).isEqualTo("$");
        assertThat(usd.path("conversionRate").asDouble()).isEqualTo(1.0);
        assertThat(usd.path("valueInAccountCurrency").asDouble()).isEqualTo(usd.path("amount").asDouble());
        assertThat(listedEquity(MOMENTUM)).isCloseTo(total, within(0.03));
        assertThat(liveRead(MOMENTUM).path("runtimeStatistics").path("Equity").asText())
                .isEqualTo(WireFormat.money(listedEquity(MOMENTUM)));
    }

    @Test
    void runtimeStatisticsAreLeanFormattedStrings() {
        JsonNode statistics = liveRead(MOMENTUM).path("runtimeStatistics");

        assertThat(statistics.fieldNames()).toIterable()
                .contains("Equity", "Net Profit", "Return", "Unrealized", "Fees", "Holdings", "Volume");
        assertThat(statistics.path("Equity").asText()).matches("\\$\\d{1,3}(,\\d{3})*\\.\\d{2}");
        assertThat(statistics.path("Return").asText()).matches("-?\\d+\\.\\d{2} %");
        assertThat(statistics.path("Fees").asText()).matches("-\\$\\d+\\.\\d{2}");
        assertThat(statistics.path("Unrealized").asText()).matches("\\$-?[\\d,]+\\.\\d{2}");
    }

    @Test
    void ordersCarryTheLeanOrderFields() {
        JsonNode page = client.ok("live/orders/read", Map.of("projectId", MOMENTUM, "start", 0, "end", 100));
        JsonNode first = page.path("orders").path(0);

        assertThat(page.path("length").asInt()).isEqualTo(6);
        assertThat(first.path("id").asInt()).isEqualTo(1);
        assertThat(first.path("symbol").path("value").asText()).isEqualTo("SPY");
        assertThat(first.path("symbol").path("id").asText()).isEqualTo(SPY);
        assertThat(first.path("symbol").path("permtick").asText()).isEqualTo("SPY");
        assertThat(first.path("type").asInt()).isZero();
        assertThat(first.path("status").asInt()).isEqualTo(3);
        assertThat(first.path("quantity").asDouble()).isEqualTo(120);
        assertThat(first.path("direction").asInt()).isZero();
        assertThat(first.path("price").asDouble()).isPositive();
        assertThat(Instant.parse(first.path("time").asText())).isBefore(Instant.parse(START));
        assertThat(first.path("tag").asText()).isEqualTo("Entry");
        JsonNode fill = first.path("events").path(1);
        assertThat(fill.path("status").asText()).isEqualTo("filled");
        assertThat(fill.path("fillQuantity").asDouble()).isEqualTo(120);
        assertThat(fill.path("fillPrice").asDouble()).isEqualTo(first.path("price").asDouble());
        assertThat(fill.path("orderFeeAmount").asDouble()).isEqualTo(1.0);

        JsonNode sell = page.path("orders").path(4);
        assertThat(sell.path("quantity").asDouble()).isEqualTo(-15);
        assertThat(sell.path("direction").asInt()).isEqualTo(1);
        JsonNode limit = page.path("orders").path(5);
        assertThat(limit.path("type").asInt()).isEqualTo(1);
        assertThat(limit.path("status").asInt()).isEqualTo(1);
        assertThat(limit.path("limitPrice").asDouble()).isEqualTo(limit.path("price").asDouble());

        JsonNode second = client.ok("live/orders/read", Map.of("projectId", MOMENTUM, "start", 1, "end", 3));
        assertThat(second.path("length").asInt()).isEqualTo(2);
        assertThat(second.path("orders").path(0).path("id").asInt()).isEqualTo(2);
    }

    @Test
    void stoppedDeploymentPortfolioIsFrozenAtItsStop() {
        JsonNode before = portfolio(CRYPTO_BASIS);
        double equityBefore = listedEquity(CRYPTO_BASIS);

        advance(Duration.ofHours(3));

        assertThat(portfolio(CRYPTO_BASIS)).isEqualTo(before);
        assertThat(listedEquity(CRYPTO_BASIS)).isEqualTo(equityBefore);
        assertThat(before.path("holdings").path("BTCUSD 2XR").path("q").asDouble()).isEqualTo(0.75);
    }

    @Test
    void priceModelIsADeterministicSmoothWave() {
        PriceModel prices = new PriceModel();
        Instant start = Instant.parse(START);

        assertThat(prices.priceAt(SymbolCatalog.SPY, start))
                .isEqualTo(new PriceModel().priceAt(SymbolCatalog.SPY, start));
        assertThat(prices.priceAt(SymbolCatalog.SPY, start.plusSeconds(60)))
                .isNotEqualTo(prices.priceAt(SymbolCatalog.SPY, start))
                .isCloseTo(prices.priceAt(SymbolCatalog.SPY, start), within(3.0));
        for (int hour = 0; hour < 48; hour++) {
            assertThat(prices.priceAt(SymbolCatalog.BTCUSD, start.plusSeconds(hour * 3600L)))
                    .isBetween(96_000 * 0.98, 96_000 * 1.02);
        }
    }

    private double listedEquity(int projectId) {
        return client.ok("live/list", Map.of("projectId", projectId)).path("live").path(0).path("equity").asDouble();
    }
}
