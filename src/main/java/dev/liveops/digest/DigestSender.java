package dev.liveops.digest;

import dev.liveops.equity.PollListener;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.model.LiveDeployment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each channel's digest when its scheduled time has passed, on the leader, after a poll QuantConnect answered
 * (so status and equity are current). Only the latest scheduled time counts: a digest missed while LiveOps was down
 * is sent once when it is back, never once per missed period. The ledger marks a period sent in the same
 * transaction that queues its message, so restarts and takeovers never send one twice.
 */
public final class DigestSender implements PollListener {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final DigestBook book;
    private final DigestLedger ledger;
    private final DigestComposer composer;
    private final ProjectDirectory projects;

    public DigestSender(DigestBook book, DigestLedger ledger, DigestComposer composer, ProjectDirectory projects) {
        this.book = book;
        this.ledger = ledger;
        this.composer = composer;
        this.projects = projects;
    }

    @Override
    public void answered(Instant at, List<LiveDeployment> deployments) {
        List<DigestBook.InForce> digests;
        try {
            digests = book.inForce();
        } catch (RuntimeException failure) {
            log.warn("Could not read the digests in force: {}", failure.getMessage());
            return;
        }
        Map<Long, Optional<String>> names = new HashMap<>();
        for (DigestBook.InForce digest : digests) {
            try {
                sendIfDue(digest, at, deployments, names);
            } catch (RuntimeException failure) {
                // Not marked sent, so the next poll tries again.
                log.warn("The digest of {} {} was not sent: {}", digest.channel().platform(),
                        digest.channel().channelId(), failure.getMessage());
            }
        }
    }

    private void sendIfDue(DigestBook.InForce digest, Instant at, List<LiveDeployment> deployments,
                           Map<Long, Optional<String>> names) {
        Instant period = digest.schedule().latestAtOrBefore(at);
        Optional<Instant> last = ledger.lastPeriod(digest.channel());
        Optional<Instant> floor = later(last, digest.since());
        if (floor.isEmpty()) {
            // A configured digest seen for the first time starts with its next period, not a past one.
            ledger.startAt(digest.channel(), period);
            return;
        }
        if (!period.isAfter(floor.get())) {
            return;
        }
        DigestComposer.Composed composed = composer.compose(digest, period, floor.get(), at, deployments,
                id -> names.computeIfAbsent(id, this::projectName).filter(digest.visible()));
        if (ledger.queue(digest.channel(), period, composed.reply(), at)) {
            log.info("Queued the {} digest of {} {}", digest.schedule().describe(), digest.channel().platform(),
                    digest.channel().channelId());
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    /**
     * Throws when QuantConnect cannot say the names: a digest that left every project out would say "no deployment"
     * and mark its period sent; unsent, the next poll tries again.
     */
    private Optional<String> projectName(long projectId) {
        return projects.nameOf(projectId);
    }
}
