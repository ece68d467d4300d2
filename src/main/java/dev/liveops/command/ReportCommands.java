package dev.liveops.command;

import dev.liveops.access.Caller;
import dev.liveops.digest.ChatDigest;
import dev.liveops.digest.ConfiguredDigest;
import dev.liveops.digest.DigestChannel;
import dev.liveops.equity.PnlPeriod;
import dev.liveops.equity.PnlReport;
import dev.liveops.equity.PnlView;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** pnl and digest: profit and loss from the equity snapshots, and the channel's digest schedule. */
final class ReportCommands {
    private final Optional<Reports> reports;
    private final ProjectDirectory projects;
    private final Clock clock;

    /** @param reports empty in a process built without a store for them: both commands then say so */
    ReportCommands(Optional<Reports> reports, ProjectDirectory projects, Clock clock) {
        this.reports = reports;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * @param project the one project asked for, already looked up and allowed; empty for all
     * @param visible the project names the caller may see with pnl, when all are asked for
     */
    Reply pnl(Optional<Project> project, Predicate<String> visible, PnlPeriod period) {
        if (reports.isEmpty()) {
            return notSetUp();
        }
        Instant to = clock.instant();
        LongFunction<Optional<String>> name = project.<LongFunction<Optional<String>>>map(
                        one -> id -> id == one.projectId() ? Optional.of(one.name()) : Optional.empty())
                .orElse(id -> projects.nameOf(id).filter(visible));
        PnlReport report = reports.get().pnl().read(to.minus(period.length()), to, name);
        return PnlView.render(report, period, project.map(Project::name).orElse("all projects you may see"));
    }

    Reply digest(Caller caller, LiveCommand.ManageDigest command) {
        if (reports.isEmpty()) {
            return notSetUp();
        }
        DigestChannel channel = new DigestChannel(caller.platform(), caller.channelId());
        Optional<ConfiguredDigest> configured = reports.get().book().configured(channel);
        if (configured.isPresent()) {
            String set = "This channel's digest is set in the config: " + configured.get().schedule().describe()
                    + ", projects matching " + configured.get().project() + ".";
            return command.off() || command.schedule().isPresent()
                    ? Reply.error(set + " Change it there; chat cannot.")
                    : Reply.builder(Severity.INFO, "This channel's digest").text(set).build();
        }
        if (command.off()) {
            boolean removed = reports.get().digests().remove(channel);
            return Reply.builder(Severity.INFO, removed ? "Digest off" : "No digest")
                    .text(removed ? "This channel will get no more digests." : "This channel had no digest.")
                    .audience(Reply.Audience.CHANNEL).build();
        }
        if (command.schedule().isEmpty()) {
            return reports.get().digests().find(channel)
                    .map(digest -> Reply.builder(Severity.INFO, "This channel's digest")
                            .text("A summary of the projects " + digest.setBy().displayName() + " may see, "
                                    + digest.schedule().describe() + "; the next one is due at "
                                    + TimeText.utc(digest.schedule().nextAfter(clock.instant())) + ".")
                            .footer("Set by " + digest.setBy().describe() + " at " + TimeText.utc(digest.createdAt()))
                            .build())
                    .orElse(Reply.builder(Severity.INFO, "This channel's digest").text("This channel has no digest; "
                            + "/live digest daily 17:00 Europe/London sets one.").build());
        }
        Instant now = clock.instant();
        ChatDigest digest = new ChatDigest(channel, command.schedule().get(), caller, now);
        reports.get().digests().save(digest);
        return Reply.builder(Severity.SUCCESS, "Digest set: " + digest.schedule().describe())
                .text("This channel will get a summary of the projects " + caller.displayName() + " may see: status, "
                        + "equity, the period's P&L and drawdown, and errors since the last digest. The first one is "
                        + "due at " + TimeText.utc(digest.schedule().nextAfter(now)) + ".")
                .audience(Reply.Audience.CHANNEL).build();
    }

    private static Reply notSetUp() {
        return Reply.error("This LiveOps process keeps no equity snapshots or digests, so it cannot answer that.");
    }
}
