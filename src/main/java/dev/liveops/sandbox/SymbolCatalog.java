package dev.liveops.sandbox;

import java.util.List;
import java.util.Optional;

/** The symbols the seeded strategies trade, with real LEAN SIDs so symbol ids look like the real API's. */
final class SymbolCatalog {
    static final Security SPY = Security.equity("SPY", "R735QTJ8XC9X", 600.00);
    static final Security QQQ = Security.equity("QQQ", "RIWIV7K5Z9LX", 520.00);
    static final Security NVDA = Security.equity("NVDA", "RHM8UTD8DT2D", 180.00);
    static final Security AAPL = Security.equity("AAPL", "R735QTJ8XC9X", 230.00);
    static final Security MSFT = Security.equity("MSFT", "R735QTJ8XC9X", 420.00);
    static final Security TSLA = Security.equity("TSLA", "UNU3P8Y3WFAD", 250.00);
    static final Security PEP = Security.equity("PEP", "R735QTJ8XC9X", 150.00);
    static final Security KO = Security.equity("KO", "R735QTJ8XC9X", 70.00);
    static final Security BTCUSD = Security.crypto("BTCUSD", "2XR", 96_000.00);
    static final Security ETHUSD = Security.crypto("ETHUSD", "2XR", 3_400.00);

    private static final List<Security> ALL = List.of(SPY, QQQ, NVDA, AAPL, MSFT, TSLA, PEP, KO, BTCUSD, ETHUSD);

    private SymbolCatalog() {
    }

    static Optional<Security> bySymbolId(String symbolId) {
        return ALL.stream().filter(security -> security.symbolId().equals(symbolId)).findFirst();
    }
}
