package dev.liveops.notify;

import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Audience;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.reply.StatusTone;
import dev.liveops.notify.StatusChange.Kind;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.text.Shorten;
import dev.liveops.text.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;

/** Words for what the watcher saw: one change, a cycle's worth of them, an outage, an action's outcome. */
public final class NotificationComposer {
    /** A grouped message lists at most this many changes; the rest are counted. */
    static final int MAX_GROUPED_ROWS = 40;
    /**
     * Most severe first, then by project name. Written out rather than composed: a cycle where 100,000 deployments
     * changed compares this millions of times (once per subscribed channel).
     */
    private static final Comparator<StatusChange> BY_SEVERITY = (a, b) -> {
        int severity = b.severity().compareTo(a.severity());
        return severity != 0 ? severity : a.projectName().compareTo(b.projectName());
    };
    private static final List<LiveStatus> STATUSES = List.of(LiveStatus.values());
    private static final int MAX_ERROR_CHARS = 1500;

    /** One message for a channel: the change itself when there is one, else a summary of all of them. */
    public Reply batch(ChannelBatch batch) {
        return batch(batch, this::grouping);
    }

    /** The same, taking a grouping of several changes from {@code groupings} (which may share one among channels). */
    Reply batch(ChannelBatch batch, Function<List<StatusChange>, Grouping> groupings) {
        return batch.changes().size() == 1 ? single(batch.changes().get(0), batch.mentions())
                : grouped(groupings.apply(batch.changes()), batch.mentions());
    }

    public Reply single(StatusChange change, Collection<Mention> mentions) {
        Reply.Builder reply = Reply.builder(change.severity(), headline(change))
                .text(sentence(change))
                .audience(Audience.CHANNEL)
                .footer("LiveOps watcher; /live read " + change.projectName());
        reply.field("Project", change.projectName() + " (" + change.projectId() + ")");
        reply.field("Deploy id", change.deployId());
        if (change.equity() != null) {
            reply.field("Equity", Money.format(change.equity()));
        }
        reply.field("Seen", TimeText.utc(change.at()));
        if (!change.error().isBlank()) {
            reply.wideField("Error", Shorten.to(change.error(), MAX_ERROR_CHARS));
        }
        mentions.forEach(reply::mention);
        return reply.build();
    }

    /**
     * What a grouped message shows of a channel's changes: the most severe ones and the counts by outcome. At 100,000
     * changes this is the costly part of a message, so channels shown the very same changes share one.
     */
    record Grouping(List<StatusChange> changes, List<StatusChange> shown, String counts) {
        /** Whether {@code other} holds the same change objects in the same order (a cheap look: no change is read). */
        boolean isOf(List<StatusChange> other) {
            if (other == changes) {
                return true; // channels routed through one filter share its list
            }
            if (other.size() != changes.size()) {
                return false;
            }
            for (int i = 0; i < other.size(); i++) {
                if (other.get(i) != changes.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    Grouping grouping(List<StatusChange> changes) {
        return new Grouping(changes, mostSevere(changes, MAX_GROUPED_ROWS), countsByOutcome(changes));
    }

    Reply grouped(List<StatusChange> changes, Collection<Mention> mentions) {
        return grouped(grouping(changes), mentions);
    }

    Reply grouped(Grouping grouping, Collection<Mention> mentions) {
        List<StatusChange> changes = grouping.changes();
        List<StatusChange> shown = grouping.shown();
        List<List<String>> rows = new ArrayList<>(shown.size());
        for (StatusChange change : shown) {
            rows.add(List.of(change.projectName(), transition(change), change.deployId(),
                    change.error().isBlank() ? "-" : Shorten.to(change.error(), 120)));
        }
        String summary = changes.size() > shown.size()
                ? (changes.size() - shown.size()) + " more not shown; /live list shows them all." : "";
        Reply.Builder reply = Reply.builder(shown.get(0).severity(),
                        Count.of(changes.size(), "deployment") + " changed status")
                .text(grouping.counts() + ".")
                .table(new Reply.Table(List.of("Project", "Change", "Deploy id", "Error"), rows, summary))
                .audience(Audience.CHANNEL)
                .footer("LiveOps watcher; " + TimeText.utc(changes.get(0).at()));
        mentions.forEach(reply::mention);
        return reply.build();
    }

    /** The {@code limit} most severe changes, by project name within a severity; no full sort of a large cycle. */
    private static List<StatusChange> mostSevere(List<StatusChange> changes, int limit) {
        PriorityQueue<StatusChange> worstKept = new PriorityQueue<>(limit, BY_SEVERITY.reversed());
        for (StatusChange change : changes) {
            if (worstKept.size() < limit) {
                worstKept.add(change);
            } else if (BY_SEVERITY.compare(change, worstKept.peek()) < 0) {
                worstKept.poll();
                worstKept.add(change);
            }
        }
        List<StatusChange> shown = new ArrayList<>(worstKept);
        shown.sort(BY_SEVERITY);
        return shown;
    }

    public Reply outage(Outage outage, Collection<Mention> mentions) {
        Reply.Builder reply = Reply.builder(Severity.ERROR, "Cannot reach QuantConnect")
                .text("LiveOps cannot reach QuantConnect since " + TimeText.utc(outage.since()) + " ("
                        + Count.of(outage.failures(), "failed poll") + "; last: " + Shorten.to(outage.reason(), 300)
                        + "). Status changes are held back and will be reported when it answers again.")
                .audience(Audience.CHANNEL);
        mentions.forEach(reply::mention);
        return reply.build();
    }

    public Reply reachableAgain(Outage outage, Instant now) {
        return Reply.builder(Severity.SUCCESS, "QuantConnect reachable again")
                .text("QuantConnect answers again after " + TimeText.duration(Duration.between(outage.since(), now))
                        + " (unreachable since " + TimeText.utc(outage.since())
                        + "). Changes that happened meanwhile follow.")
                .audience(Audience.CHANNEL).build();
    }

    /** "Live/Momentum is Liquidated (requested by alice, approved by bob)" */
    public Reply actionOutcome(CloseWatch watch, LiveStatus status, String deployId, String error) {
        String project = watch.action().projectName();
        Reply.Builder reply = Reply.builder(StatusTone.ofOutcome(status, watch.asAsked(status)),
                        project + " is " + status.wireName())
                .text(project + " is " + status.wireName() + " (" + watch.attribution() + ").")
                .field("Action", watch.action().kind().word() + " " + watch.action().code())
                .field("Deploy id", deployId == null ? "-" : deployId)
                .audience(Audience.CHANNEL);
        if (error != null && !error.isBlank()) {
            reply.wideField("Error", Shorten.to(error, MAX_ERROR_CHARS));
        }
        return reply.build();
    }

    /**
     * "Stop ABC123 never took effect: QuantConnect still showed Live/Momentum as Running until stop DEF456 stopped
     * it." For an action whose answer was lost, when a later one made the change it asked for.
     */
    public Reply actionNeverTookEffect(CloseWatch watch, CloseWatch by, Optional<LiveStatus> before) {
        String project = watch.action().projectName();
        String word = watch.action().kind().word();
        String byAction = by.action().kind().word() + " " + by.action().code();
        String verb = switch (by.action().kind()) {
            case STOP -> "stopped";
            case LIQUIDATE -> "liquidated";
            default -> "deployed";
        };
        String how = before.map(status -> "QuantConnect still showed " + project + " as " + status.wireName()
                + " until " + byAction + " " + verb + " it").orElse(byAction + " " + verb + " " + project);
        return Reply.builder(Severity.WARNING, "Never took effect: " + word + " " + project)
                .text(Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + watch.action().code()
                        + " never took effect: " + how + ". It was " + watch.attribution() + ".")
                .field("Action", word + " " + watch.action().code())
                .field("Changed by", byAction)
                .audience(Audience.CHANNEL).build();
    }

    /** Two actions in flight and QuantConnect's clock cannot say which one made the change: say just that. */
    public Reply actionNotAttributable(CloseWatch watch, CloseWatch other, LiveStatus status) {
        String project = watch.action().projectName();
        String word = watch.action().kind().word();
        String mine = word + " " + watch.action().code();
        String theirs = other.action().kind().word() + " " + other.action().code();
        return Reply.builder(Severity.WARNING, project + " is " + status.wireName())
                .text(project + " is " + status.wireName() + ", but LiveOps cannot tell whether " + mine
                        + " (its answer was lost) or " + theirs + " did it: QuantConnect's time of the change does not "
                        + "separate them. It was " + watch.attribution() + ".")
                .field("Action", mine)
                .field("Also sent", theirs)
                .audience(Audience.CHANNEL).build();
    }

    public Reply actionUnseen(CloseWatch watch, Instant now) {
        String project = watch.action().projectName();
        return Reply.builder(Severity.WARNING, "Outcome not seen: " + watch.action().kind().word() + " " + project)
                .text("LiveOps could not see what became of the " + watch.action().kind().word() + " of " + project
                        + " within " + TimeText.duration(Duration.between(watch.action().at(), now)) + " ("
                        + watch.attribution() + "); check it with /live read " + project + ".")
                .audience(Audience.CHANNEL).build();
    }

    public Reply actionUnsettled(CloseWatch watch, LiveStatus status, Instant now) {
        String project = watch.action().projectName();
        return Reply.builder(Severity.WARNING, project + " is still " + status.wireName())
                .text(project + " is still " + status.wireName() + " "
                        + TimeText.duration(Duration.between(watch.action().at(), now)) + " after the "
                        + watch.action().kind().word() + " (" + watch.attribution() + "). LiveOps stops watching it "
                        + "closely; subscribed channels still hear of its changes.")
                .audience(Audience.CHANNEL).build();
    }

    private static String headline(StatusChange change) {
        String project = change.projectName();
        return switch (change.kind()) {
            case NEW -> "New deployment: " + project + " is " + to(change);
            case CHANGED -> project + " is " + to(change);
            case RECOVERED -> "Recovered: " + project + " is Running again";
            case REDEPLOYED -> project + " redeployed: " + to(change);
            case VANISHED -> project + " is no longer listed";
            case REMINDER -> "Still " + to(change) + ": " + project;
        };
    }

    private static String sentence(StatusChange change) {
        String project = change.projectName();
        String was = change.from().map(LiveStatus::wireName).orElse("");
        return switch (change.kind()) {
            case NEW -> project + " has a new live deployment, " + to(change) + ".";
            case CHANGED -> project + " went from " + was + " to " + to(change) + ".";
            case RECOVERED -> project + " recovered: Running again after " + was + ".";
            case REDEPLOYED -> project + " has a new deployment, " + to(change) + " (the previous one was " + was + ").";
            case VANISHED -> "QuantConnect no longer lists " + project + "'s deployment (last seen " + was + ").";
            case REMINDER -> project + " is still " + to(change) + ".";
        };
    }

    private static String transition(StatusChange change) {
        if (change.kind() == Kind.VANISHED) {
            return change.from().map(LiveStatus::wireName).orElse("?") + " -> gone";
        }
        String to = to(change) + (change.kind() == Kind.RECOVERED ? " (recovered)"
                : change.kind() == Kind.REMINDER ? " (still)" : "");
        return change.from().map(from -> from.wireName() + " -> " + to).orElse("new: " + to);
    }

    /** "3 RuntimeError, 1 gone", in the order each outcome first shows; counted by slot, without a map per change. */
    private static String countsByOutcome(List<StatusChange> changes) {
        int gone = STATUSES.size();
        int[] counts = new int[gone + 1];
        int[] firstSeen = new int[gone + 1];
        int outcomes = 0;
        for (StatusChange change : changes) {
            int slot = change.kind() == Kind.VANISHED || change.to().isEmpty() ? gone : change.to().get().ordinal();
            if (counts[slot]++ == 0) {
                firstSeen[outcomes++] = slot;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < outcomes; i++) {
            int slot = firstSeen[i];
            text.append(i == 0 ? "" : ", ").append(counts[slot]).append(' ')
                    .append(slot == gone ? "gone" : STATUSES.get(slot).wireName());
        }
        return text.toString();
    }

    private static String to(StatusChange change) {
        return change.to().map(LiveStatus::wireName).orElse("gone");
    }
}
