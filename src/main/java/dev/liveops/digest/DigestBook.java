package dev.liveops.digest;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.Permission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every digest in force: the config's, and those set up from chat, read afresh each time. A channel the config gives a
 * digest keeps that one; chat cannot replace it.
 */
public final class DigestBook {
    private final DigestScheduleStore chat;
    private final List<ConfiguredDigest> configured;
    private final AccessPolicy access;

    public DigestBook(DigestScheduleStore chat, List<ConfiguredDigest> configured, AccessPolicy access) {
        this.chat = chat;
        this.configured = List.copyOf(configured);
        this.access = access;
    }

    /**
     * A digest as it is sent.
     *
     * @param visible which project names it shows
     * @param since   when it was set up, for one from chat: nothing before is due; empty for the config's
     * @param scope   whose view it is, for its footer
     */
    public record InForce(DigestChannel channel, DigestSchedule schedule, Predicate<String> visible,
                          Optional<Instant> since, String scope) {
        public InForce {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(visible, "visible");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(scope, "scope");
        }
    }

    public List<InForce> inForce() {
        List<InForce> digests = new ArrayList<>();
        for (ConfiguredDigest digest : configured) {
            digests.add(new InForce(digest.channel(), digest.schedule(), digest.project()::matches,
                    Optional.empty(), digest.project().toString().equals("*") ? "every project (configured)"
                    : "projects matching " + digest.project() + " (configured)"));
        }
        Set<DigestChannel> taken = configured.stream().map(ConfiguredDigest::channel).collect(Collectors.toSet());
        for (ChatDigest digest : chat.all()) {
            if (!taken.contains(digest.channel())) {
                digests.add(new InForce(digest.channel(), digest.schedule(),
                        access.projectsVisible(digest.setBy(), Permission.PNL), Optional.of(digest.createdAt()),
                        "the projects " + digest.setBy().describe() + " may see"));
            }
        }
        return digests;
    }

    /** The config's digest of this channel, which chat may not change. */
    public Optional<ConfiguredDigest> configured(DigestChannel channel) {
        return configured.stream().filter(digest -> digest.channel().equals(channel)).findFirst();
    }
}
