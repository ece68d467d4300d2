package dev.liveops.notify;

import dev.liveops.equity.PollListener;
import dev.liveops.leader.FencedWriteException;
import dev.liveops.notify.OrderEventStore.Reading;
import dev.liveops.notify.OrderEventStore.Seen;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Order;
import dev.liveops.quantconnect.model.OrderPage;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.OrderAlerts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells channels of order events. After each answered poll of the status watcher it reads {@code live/orders/read}
 * for the Running deployments some subscription wants orders of (no call at all otherwise), one page each, and queues
 * the order statuses not seen before: one message per channel per poll, written to the outbox in the transaction
 * that marks them seen, so each is told once across restarts and takeovers.
 *
 * <p>A deployment's first read only remembers the orders already there: its history is not news. Each later read is
 * one page of {@value LiveApi#MAX_ORDERS} orders starting {@value #LOOK_BACK} before the known end, so the fills of
 * recent orders show as well as new orders; more new orders than fit wait for the next polls. Not thread-safe: the
 * watcher's thread runs it.
 */
public final class OrderWatcher implements PollListener {
    /** How many known orders each read looks back over, for their later fills. */
    static final int LOOK_BACK = 50;
    /** A first read pages through at most this many pages of history. */
    static final int MAX_HISTORY_PAGES = 20;
    private static final Logger log = LoggerFactory.getLogger(OrderWatcher.class);

    private final LiveApi live;
    private final OrderEventStore store;
    private final RouteBook routes;
    private final ProjectNames names;
    private final OrderWording wording = new OrderWording();

    public OrderWatcher(LiveApi live, OrderEventStore store, RouteBook routes, ProjectNames names) {
        this.live = live;
        this.store = store;
        this.routes = routes;
        this.names = names;
    }

    /** After a poll: reads, dedupes and queues the order events of what QuantConnect just {@code listed}. */
    @Override
    public void answered(Instant now, List<LiveDeployment> listed) {
        try {
            readAndQueue(listed, now);
        } catch (FencedWriteException deposed) {
            log.warn("The order events read were not recorded: {}", deposed.getMessage());
        } catch (RuntimeException failure) {
            // The status poll is done and kept whatever happens here; nothing marked, so the next poll reads again.
            log.error("Reading order events failed; they are read again at the next poll", failure);
        }
    }

    private void readAndQueue(List<LiveDeployment> listed, Instant now) {
        List<Route> wanting = routes.routes().stream().filter(route -> route.orders() != OrderAlerts.NONE).toList();
        Set<String> watched = store.watched();
        if (wanting.isEmpty()) {
            if (!watched.isEmpty()) {
                store.record(now, List.of(), List.of(), watched);
            }
            return;
        }
        List<Reading> readings = new ArrayList<>();
        List<OrderUpdate> updates = new ArrayList<>();
        Set<String> forgotten = new HashSet<>();
        for (LiveDeployment deployment : listed) {
            if (deployment.status() != LiveStatus.RUNNING || deployment.deployId() == null) {
                continue;
            }
            Optional<String> known = names.known(deployment.projectId());
            if (known.isEmpty()) {
                // A stand-in name matches no subscription: the watch would be forgotten and its fills lost.
                continue;
            }
            String name = known.get();
            if (wanting.stream().noneMatch(route -> route.wantsOrdersOf(name))) {
                // No longer wanted: if wanted again, what happened meanwhile is history, not news.
                if (watched.contains(deployment.deployId())) {
                    forgotten.add(deployment.deployId());
                }
                continue;
            }
            try {
                read(deployment, name, readings, updates);
            } catch (QuantConnectException failure) {
                log.warn("Could not read the orders of {}; they are read again at the next poll: {}", name,
                        failure.getMessage());
            }
        }
        if (!readings.isEmpty() || !forgotten.isEmpty()) {
            store.record(now, readings, messages(updates, wanting), forgotten);
        }
    }

    private void read(LiveDeployment deployment, String name, List<Reading> readings, List<OrderUpdate> updates) {
        OptionalInt known = store.frontier(deployment.deployId());
        if (known.isEmpty()) {
            readings.add(history(deployment, name));
            return;
        }
        int start = Math.max(0, known.getAsInt() - LOOK_BACK);
        List<Order> orders = live.orders(deployment.projectId(), start, start + LiveApi.MAX_ORDERS).orders();
        if (orders.isEmpty()) {
            return;
        }
        Set<Seen> seen = store.seen(deployment.deployId(), orders.get(0).id(), orders.get(orders.size() - 1).id());
        Set<Seen> fresh = new HashSet<>();
        for (Order order : orders) {
            Seen status = new Seen(order.id(), order.status());
            if (!seen.contains(status) && fresh.add(status)) {
                updates.add(new OrderUpdate(deployment.projectId(), name, deployment.deployId(), order));
            }
        }
        int frontier = Math.max(known.getAsInt(), start + orders.size());
        if (!fresh.isEmpty() || frontier != known.getAsInt()) {
            readings.add(new Reading(deployment.deployId(), deployment.projectId(), frontier, fresh));
        }
    }

    /** The first read of a deployment: every order already there is remembered, none is told. */
    private Reading history(LiveDeployment deployment, String name) {
        Set<Seen> seen = new HashSet<>();
        int start = 0;
        for (int page = 0; page < MAX_HISTORY_PAGES; page++) {
            OrderPage read = live.orders(deployment.projectId(), start, start + LiveApi.MAX_ORDERS);
            read.orders().forEach(order -> seen.add(new Seen(order.id(), order.status())));
            int end = start + read.orders().size();
            // A length beyond this page counts every order: go straight to the newest page.
            start = read.length() > end ? Math.max(end, read.length() - LiveApi.MAX_ORDERS) : end;
            if (read.length() <= end && read.orders().size() < LiveApi.MAX_ORDERS) {
                break;
            }
        }
        log.info("First read of the orders of {} ({}): {} remembered as history, none announced", name,
                deployment.deployId(), seen.size());
        return new Reading(deployment.deployId(), deployment.projectId(), start, seen);
    }

    /** One message per channel, its updates in the order read; an update at most once however many routes match. */
    private List<OutboundMessage> messages(List<OrderUpdate> updates, List<Route> wanting) {
        Map<ChannelKey, Set<OrderUpdate>> byChannel = new LinkedHashMap<>();
        Map<ChannelKey, Set<Mention>> mentions = new LinkedHashMap<>();
        for (OrderUpdate update : updates) {
            for (Route route : wanting) {
                if (route.wantsOrder(update.projectName(), update.order().status())) {
                    byChannel.computeIfAbsent(route.channel(), key -> new LinkedHashSet<>()).add(update);
                    mentions.computeIfAbsent(route.channel(), key -> new LinkedHashSet<>())
                            .addAll(route.mentionsFor(Severity.INFO));
                }
            }
        }
        List<OutboundMessage> messages = new ArrayList<>();
        byChannel.forEach((channel, told) -> messages.add(new OutboundMessage(channel,
                wording.batch(List.copyOf(told), mentions.get(channel)))));
        return messages;
    }
}
