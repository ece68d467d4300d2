package dev.liveops.sandbox;

import java.util.Locale;

/** The texts of live log rows, modelled on what LEAN writes, kept in one place. */
final class LogMessages {

    private LogMessages() {
    }

    static String launching(String deployId) {
        return "Launching analysis for " + deployId + " with LEAN Engine v" + LeanVersion.NAME;
    }

    static String queued(ComputeNode node) {
        return "Live deployment queued on node " + node.name() + " (" + node.id() + ", " + node.sku() + ")";
    }

    static String initializing(Brokerage brokerage) {
        return "Initializing algorithm... connecting to " + brokerage.displayName();
    }

    static String running() {
        return "Algorithm initialized. Live trading started; waiting for market data.";
    }

    static String orderEvent(Order order, OrderEvent event) {
        return String.format(Locale.ROOT,
                "Order Event: Id: %d Symbol: %s Status: %s Quantity: %s FillPrice: %.2f USD OrderFee: %.2f USD Tag: %s",
                order.id(), order.security().ticker(), capitalize(event.status().eventName()),
                plain(order.quantity()), event.fillPrice(), event.fee(), order.tag());
    }

    static String stopRequested() {
        return "Stop request received from the API; shutting down the algorithm.";
    }

    static String stopped() {
        return "Algorithm stopped. Holdings are left open at the brokerage.";
    }

    static String liquidateRequested() {
        return "Liquidate request received from the API; canceling open orders and closing all holdings.";
    }

    static String liquidated(int closedPositions) {
        return "Liquidation complete: " + closedPositions + " position(s) closed. Algorithm stopped.";
    }

    static String runtimeError(String message) {
        return "Runtime Error: " + message;
    }

    static String restarted() {
        return "Automatic restart after the runtime error; the algorithm is running again.";
    }

    static String stackLine(Project project) {
        return project.isPython()
                ? "  at on_data in main.py: line 87"
                : "  at QuantConnect.Algorithm.CSharp.Main.OnData(Slice slice)"
                        + " in /QuantConnect/backtesting/Main.cs:line 87";
    }

    static String onCommand(String json) {
        return "on_command received: " + json;
    }

    static String commandReceived(String type, String json) {
        return "Command " + type + " received from the API: " + json;
    }

    static String unknownCommand(String type) {
        return "Command type '" + type + "' is not registered with add_command; the command was ignored.";
    }

    static String plain(double quantity) {
        return quantity == Math.rint(quantity)
                ? String.valueOf((long) quantity)
                : String.valueOf(quantity);
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
