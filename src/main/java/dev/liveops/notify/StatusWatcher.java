package dev.liveops.notify;

import dev.liveops.command.ExecutedAction;
import dev.liveops.equity.PollListener;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.subscription.SnoozeStore;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveDeployment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches QuantConnect for status changes. One {@code live/list} per poll, whatever the number of channels; each
 * project LiveOps just acted on is also read every few seconds until the action's outcome shows. What a step decides
 * is recorded in one transaction with the messages it produced, which the {@link OutboxCourier} then delivers.
 * Not thread-safe: one thread runs it (see {@link NotificationService}).
 */
public final class StatusWatcher {
    private static final Logger log = LoggerFactory.getLogger(StatusWatcher.class);

    private final LiveApi live;
    private final ProjectNames names;
    private final NotificationStore store;
    private final RouteBook routes;
    private final WatcherSettings settings;
    private final Clock clock;
    private final StatusDiff diff;
    private final NotificationComposer composer = new NotificationComposer();
    private final ActionOutcomes outcomes = new ActionOutcomes(composer);
    private final ChangeMessages changeMessages;
    private final OutageMonitor outages;
    private final NotificationObserver observer;
    private final SnoozeReminders reminders;
    private final PollListener pollListener;
    private volatile WatcherHealth health;
    private Map<Long, KnownDeployment> known;
    private Instant nextPollAt = Instant.MIN;
    private Instant nextCloseCheckAt = Instant.MIN;

    public StatusWatcher(LiveApi live, ProjectDirectory projects, NotificationStore store, SnoozeStore snoozes,
                         RouteBook routes, WatcherSettings settings, NotificationObserver observer, Clock clock) {
        this(live, projects, store, snoozes, routes, settings, observer, clock, PollListener.NONE);
    }

    /** @param pollListener handed each poll QuantConnect answered, once it is recorded (equity, digests) */
    public StatusWatcher(LiveApi live, ProjectDirectory projects, NotificationStore store, SnoozeStore snoozes,
                         RouteBook routes, WatcherSettings settings, NotificationObserver observer, Clock clock,
                         PollListener pollListener) {
        this.pollListener = pollListener;
        this.live = live;
        this.names = new ProjectNames(projects);
        this.store = store;
        this.routes = routes;
        this.settings = settings;
        this.clock = clock;
        this.diff = new StatusDiff(settings.remindEvery());
        this.outages = new OutageMonitor(settings.outageAlertAfter(), settings.pollInterval());
        this.observer = observer;
        this.reminders = new SnoozeReminders(snoozes);
        this.changeMessages = new ChangeMessages(composer, outcomes, routes, snoozes, observer);
        this.health = WatcherHealth.before(settings);
    }

    /** What the watcher last did. Any thread. */
    public WatcherHealth health() {
        return health;
    }

    /** Polls and checks close watches when each is due; the scheduler calls this every few seconds. */
    public void runDue() {
        Instant now = clock.instant();
        health = health.stepped(now);
        if (!now.isBefore(nextPollAt)) {
            // Scheduled before the work, so a poll that throws is retried at the interval, not at every step.
            nextPollAt = now.plus(settings.pollInterval());
            poll();
        }
        if (!now.isBefore(nextCloseCheckAt)) {
            nextCloseCheckAt = now.plus(settings.closeWatchInterval());
            checkCloseWatches();
        }
    }

    /** Starts watching a project LiveOps just acted on. Any thread. */
    public void watch(ExecutedAction action) {
        // A deploy whose answer was lost has no deploy id: its outcome is whichever deployment replaces this one.
        String replaced = store.knownDeployment(action.projectId()).map(KnownDeployment::deployId).orElse(null);
        store.addCloseWatch(new CloseWatch(action, action.at().plus(settings.closeWatchFor()), replaced));
    }

    /** One poll of {@code live/list}: diff, route, record. */
    public void poll() {
        long started = System.nanoTime();
        boolean answered = pollOnce();
        observer.polled(answered, Duration.ofNanos(System.nanoTime() - started));
    }

    private boolean pollOnce() {
        Instant now = clock.instant();
        Optional<Outage> outage = store.outage();
        List<LiveDeployment> current;
        try {
            current = live.list(Optional.empty());
        } catch (QuantConnectException failure) {
            pollFailed(outage, now, failure);
            return false;
        }
        List<OutboundMessage> messages = new ArrayList<>();
        outage.ifPresent(ended -> {
            log.info("QuantConnect answers again after {} failed polls", ended.failures());
            if (ended.alerted()) {
                routes.channels().forEach(channel -> messages.add(new OutboundMessage(channel,
                        composer.reachableAgain(ended, now))));
            }
        });
        Map<Long, KnownDeployment> before = known();
        boolean baseline = !store.hasBaseline();
        // An empty list where there were deployments is far likelier a QuantConnect hiccup than a wiped account.
        boolean complete = !current.isEmpty() || before.isEmpty();
        if (!complete) {
            log.warn("QuantConnect listed no deployments where {} were known; not treating them as vanished",
                    before.size());
        }
        StatusDiff.Result result = diff.compare(before, current, complete, now, this::projectName);
        Set<String> ended = new HashSet<>();
        if (baseline && !settings.announceExisting()) {
            log.info("First poll: {} deployments recorded as the baseline, none announced", result.updates().size());
        } else {
            List<StatusChange> changes = new ArrayList<>(result.changes());
            // Snoozes that ended since the last successful poll of this process are looked at by this one.
            changes.addAll(reminders.stillFailing(health.lastPollAt(), now, result, known(), this::projectName));
            messages.addAll(changeMessages.route(changes, now, store.closeWatches(), ended, () -> current.stream()
                    .filter(deployment -> deployment.deployId() != null)
                    .collect(Collectors.toMap(LiveDeployment::deployId, d -> d, (a, b) -> a))));
        }
        commit(new CycleRecord(now, result.updates(), result.vanished(), messages, Optional.empty(), ended, true));
        health = health.answered(now);
        pollListener.answered(now, current);
        return true;
    }

    /**
     * Reads each project LiveOps acted on, once for all its watched actions; posts each outcome once it shows, or
     * gives up after a while.
     */
    public void checkCloseWatches() {
        Instant now = clock.instant();
        Optional<Outage> outage = store.outage();
        Map<Long, List<CloseWatch>> byProject = store.closeWatches().stream()
                .collect(Collectors.groupingBy(w -> w.action().projectId(), LinkedHashMap::new, Collectors.toList()));
        for (List<CloseWatch> watches : byProject.values()) {
            ExecutedAction first = watches.get(0).action();
            Optional<LiveAlgorithm> read = outage.isPresent() ? Optional.empty() : read(first);
            if (read.isEmpty() || !read.get().wasEverDeployed()) {
                // Unreadable all along (an outage, a deploy that never showed): say so, stop watching.
                List<OutboundMessage> messages = new ArrayList<>();
                Set<String> ended = new HashSet<>();
                for (CloseWatch watch : watches) {
                    if (now.isAfter(watch.until())) {
                        messages.addAll(ActionOutcomes.toRequester(watch, composer.actionUnseen(watch, now)));
                        ended.add(watch.action().code());
                    }
                }
                if (!ended.isEmpty()) {
                    commit(new CycleRecord(now, List.of(), Set.of(), messages, outage, ended, false));
                }
                continue;
            }
            LiveAlgorithm algorithm = read.get();
            LiveDeployment seen = new LiveDeployment(first.projectId(), algorithm.deployId(), algorithm.status(),
                    algorithm.launched(), algorithm.stopped(), algorithm.brokerage(), null, null, null, null,
                    algorithm.message());
            StatusDiff.Result result = diff.compare(known(), List.of(seen), false, now, this::projectName);
            Set<String> ended = new HashSet<>();
            List<OutboundMessage> messages = new ArrayList<>(changeMessages.route(result.changes(), now, watches,
                    ended, () -> Map.of(seen.deployId(), seen)));
            // Already known as settled (a poll got there first): the requesters still hear the outcome.
            messages.addAll(outcomes.settle(watches, new ActionOutcomes.Seen(first.projectId(), seen.deployId(),
                    seen.status(), Optional.empty(), ChangeMessages.reportedAt(seen), now, seen.error()), ended,
                    new HashSet<>()));
            for (CloseWatch watch : watches) {
                if (!ended.contains(watch.action().code()) && now.isAfter(watch.until())) {
                    messages.addAll(ActionOutcomes.toRequester(watch, composer.actionUnsettled(watch, seen.status(),
                            now)));
                    ended.add(watch.action().code());
                }
            }
            commit(new CycleRecord(now, result.updates(), Set.of(), messages, outage, ended, false));
        }
    }

    private Optional<LiveAlgorithm> read(ExecutedAction action) {
        try {
            return Optional.of(live.read(action.projectId()));
        } catch (QuantConnectException failure) {
            log.warn("Could not read {} after its {}: {}", action.projectName(), action.kind().word(),
                    failure.getMessage());
            return Optional.empty();
        }
    }

    private void pollFailed(Optional<Outage> current, Instant now, QuantConnectException failure) {
        Outage outage = outages.failed(current, now, failure.getMessage());
        log.warn("Polling QuantConnect failed ({} in a row since {}): {}", outage.failures(), outage.since(),
                failure.getMessage());
        List<OutboundMessage> messages = new ArrayList<>();
        if (outages.isAlertDue(outage, now)) {
            outage = new Outage(outage.since(), outage.failures(), outage.reason(), true);
            for (ChannelKey channel : routes.channels()) {
                messages.add(new OutboundMessage(channel, composer.outage(outage,
                        settings.mentions().getOrDefault(Severity.ERROR, List.of()))));
            }
        }
        commit(new CycleRecord(now, List.of(), Set.of(), messages, Optional.of(outage), Set.of(), false));
        health = health.failing(outage);
        nextPollAt = now.plus(outages.nextPollDelay(Optional.of(outage)));
    }

    private void commit(CycleRecord cycle) {
        store.record(cycle);
        Map<Long, KnownDeployment> state = known();
        cycle.updates().forEach(update -> state.put(update.projectId(), update));
        cycle.vanished().forEach(state::remove);
    }

    /** Kept in memory after the first read; the store has the same, for the next start. */
    private Map<Long, KnownDeployment> known() {
        if (known == null) {
            known = new HashMap<>(store.knownDeployments());
        }
        return known;
    }

    private String projectName(long projectId) {
        return names.of(projectId);
    }
}
