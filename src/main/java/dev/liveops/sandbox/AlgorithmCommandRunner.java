package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a Running algorithm does with a command: LEAN's {@code LiquidateCommand} closes every holding (or the one
 * named by ticker or symbol) and the algorithm keeps running; other LEAN command classes are logged as run; an
 * unknown {@code $type} is logged as not registered; a plain object reaches {@code on_command}, which logs it.
 */
final class AlgorithmCommandRunner {
    static final String LIQUIDATE = "LiquidateCommand";
    private static final Set<String> LEAN_COMMANDS = Set.of(LIQUIDATE, "OrderCommand", "CancelOrderCommand",
            "UpdateOrderCommand", "AddSecurityCommand", "AlgorithmStatusCommand", "QuitCommand");

    private final OrderDesk desk;

    AlgorithmCommandRunner(OrderDesk desk) {
        this.desk = desk;
    }

    void run(Organization organization, Instant now, Deployment deployment, ObjectNode command) {
        LiveLogBook logs = organization.logs();
        int projectId = deployment.projectId();
        String deployId = deployment.deployId();
        JsonNode type = command.get("$type");
        if (type == null || !type.isTextual()) {
            logs.append(projectId, deployId, now, LogMessages.onCommand(command.toString()));
            return;
        }
        String name = type.textValue();
        if (!LEAN_COMMANDS.contains(name)) {
            logs.append(projectId, deployId, now, LogMessages.unknownCommand(name));
            return;
        }
        logs.append(projectId, deployId, now, LogMessages.commandReceived(name, command.toString()));
        if (name.equals(LIQUIDATE)) {
            organization.replaceLatest(liquidate(organization, now, deployment, target(command)));
        }
    }

    /** Market orders against what is held, as LEAN's Liquidate(symbol) does; the algorithm keeps running. */
    private Deployment liquidate(Organization organization, Instant now, Deployment deployment, String target) {
        List<Position> closing = deployment.portfolio().positions().stream()
                .filter(position -> target == null || matches(position.security(), target)).toList();
        Deployment result = deployment;
        for (Position position : closing) {
            result = desk.fillMarket(result, position.security(), -position.quantity(), now, "Liquidated by command");
            Order order = result.orders().get(result.orders().size() - 1);
            organization.logs().append(deployment.projectId(), deployment.deployId(), now,
                    LogMessages.orderEvent(order, order.events().get(order.events().size() - 1)));
        }
        return result;
    }

    /** The symbol or ticker the command names, upper-cased; null for every holding. */
    private static String target(ObjectNode command) {
        for (String field : List.of("symbol", "ticker", "Symbol", "Ticker")) {
            JsonNode value = command.get(field);
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue().trim().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean matches(Security security, String target) {
        return security.ticker().equalsIgnoreCase(target) || security.symbolId().equalsIgnoreCase(target);
    }
}
