package dev.liveops.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The strategy's trading while it runs, for a sandbox built with {@link QuantConnectSandbox.Builder#tradeEvery}:
 * every interval of Running (counted from the later of reaching Running and the sandbox's start, so the seeded
 * history stays as it was), a market order on one security of the project's plan is placed (Submitted), half of it
 * fills a quarter interval later (PartiallyFilled) and the rest half an interval after placing (Filled), at the
 * price model's prices of those instants. Orders alternate between a buy in the plan's direction and its sale, so
 * holdings stay near the plan. Like the rest of the sandbox it runs on no thread: the clock alone decides which
 * orders exist, and they are written in when a request settles the organization.
 */
final class TradingSchedule {
    static final String TAG = "Scheduled rebalance";

    private final Optional<Duration> every;
    private final Instant from;
    private final OrderDesk desk;

    TradingSchedule(Optional<Duration> every, Instant from, OrderDesk desk) {
        this.every = every;
        this.from = from;
        this.desk = desk;
    }

    /** The deployment with every scheduled order and fill due by {@code now}; the same value when nothing is. */
    Deployment settle(Project project, Deployment deployment, Instant runningSince, Instant now, LiveLogBook logs) {
        if (every.isEmpty() || project.entryPlan().isEmpty()) {
            return deployment;
        }
        Instant base = runningSince.isAfter(from) ? runningSince : from;
        int placed = (int) deployment.orders().stream().filter(order -> TAG.equals(order.tag())).count();
        Deployment result = placed == 0 ? deployment : progress(deployment, slot(base, placed), now, logs);
        for (int k = placed + 1; !slot(base, k).isAfter(now); k++) {
            Instant at = slot(base, k);
            TargetHolding target = project.entryPlan().get((k - 1) / 2 % project.entryPlan().size());
            double quantity = Math.signum(target.quantity()) * lot(target) * (k % 2 == 1 ? 1 : -1);
            result = progress(logged(desk.placeMarket(result, target.security(), quantity, at, TAG), at, logs), at,
                    now, logs);
        }
        return result;
    }

    /** The fills of the latest scheduled order, placed at {@code placedAt}, that are due by {@code now}. */
    private Deployment progress(Deployment deployment, Instant placedAt, Instant now, LiveLogBook logs) {
        Deployment result = deployment;
        Instant partAt = placedAt.plus(every.orElseThrow().dividedBy(4));
        Instant restAt = placedAt.plus(every.orElseThrow().dividedBy(2));
        if (latest(result).status() == OrderStatus.SUBMITTED && !partAt.isAfter(now)) {
            result = logged(desk.fillPart(result, latest(result), latest(result).quantity() / 2, partAt), partAt,
                    logs);
        }
        if (latest(result).status() == OrderStatus.PARTIALLY_FILLED && !restAt.isAfter(now)) {
            result = logged(desk.fillRest(result, latest(result), restAt), restAt, logs);
        }
        return result;
    }

    private Instant slot(Instant base, int k) {
        return base.plus(every.orElseThrow().multipliedBy(k));
    }

    /** A tenth of the plan's holding; whole shares, an even number of them so that each half is whole too. */
    private static double lot(TargetHolding target) {
        double tenth = Math.abs(target.quantity()) / 10;
        return target.security().type() == SecurityType.CRYPTO ? tenth : 2 * Math.max(1, Math.round(tenth / 2));
    }

    private static Order latest(Deployment deployment) {
        return deployment.orders().stream().filter(order -> TAG.equals(order.tag()))
                .reduce((first, second) -> second).orElseThrow();
    }

    private static Deployment logged(Deployment deployment, Instant at, LiveLogBook logs) {
        Order changed = latest(deployment);
        logs.append(deployment.projectId(), deployment.deployId(), at,
                LogMessages.orderEvent(changed, changed.events().get(changed.events().size() - 1)));
        return deployment;
    }
}
